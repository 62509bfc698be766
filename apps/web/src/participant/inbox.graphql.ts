import { graphql } from '../gql';

export const UnreadCount = graphql(`
  query UnreadCount {
    unreadCount
  }
`);

export const MyNotifications = graphql(`
  query MyNotifications($page: PageInput) {
    myNotifications(page: $page) {
      total
      offset
      limit
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const ExportPersonalData = graphql(`
  query ExportMyData {
    exportPersonalData {
      exportedAt
      data
    }
  }
`);
