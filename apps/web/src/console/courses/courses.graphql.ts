import { graphql } from '../../gql';

/** The tenant's courses, to pick one to write. */
export const EditorCourses = graphql(`
  query EditorCourses {
    trainingCourses {
      id
      title
      code
      version
    }
  }
`);

/** One course as its author sees it, in the author's language (the base language where untranslated). */
export const EditorCourse = graphql(`
  query EditorCourse($id: ID!) {
    trainingCourse(id: $id) {
      ...EditorCourse
    }
  }
`);

export const EditorCourseFields = graphql(`
  fragment EditorCourse on TrainingCourse {
    id
    title
    code
    version
    baseLocale
    audience
    modules {
      id
      cluster
      title
      units {
        id
        title
        knowledgeCheck {
          passMark
          questions {
            id
            kind
            text
            options {
              id
              text
            }
          }
        }
      }
    }
  }
`);

export const CreateCourse = graphql(`
  mutation EditorCreateCourse($input: CreateTrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      ...EditorCourse
    }
  }
`);

export const AddModule = graphql(`
  mutation EditorAddModule($input: AddCourseModuleInput!) {
    addCourseModule(input: $input) {
      ...EditorCourse
    }
  }
`);

export const AddUnit = graphql(`
  mutation EditorAddUnit($input: AddCourseUnitInput!) {
    addCourseUnit(input: $input) {
      ...EditorCourse
    }
  }
`);

export const AddQuestion = graphql(`
  mutation EditorAddQuestion($input: AddKnowledgeCheckQuestionInput!) {
    addKnowledgeCheckQuestion(input: $input) {
      ...EditorCourse
    }
  }
`);
