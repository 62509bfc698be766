import { graphql } from '../../gql';

/** The tenant's courses, to pick one to write. */
export const EditorCourses = graphql(`
  query EditorCourses {
    trainingCourses {
      id
      title
      code
      key
      version
    }
  }
`);

/**
 * One course as its author sees it: each text in the author's language (the base language where
 * untranslated) and, with it, every language it is written in, exactly as written. Translations'
 * fields are written out, not a fragment: a fragment is one more level against the API's depth limit.
 */
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
    titleTranslations {
      locale
      text
    }
    code
    description
    descriptionTranslations {
      locale
      text
    }
    version
    baseLocale
    audience
    modules {
      id
      cluster
      title
      titleTranslations {
        locale
        text
      }
      description
      descriptionTranslations {
        locale
        text
      }
      units {
        id
        title
        titleTranslations {
          locale
          text
        }
        summary
        summaryTranslations {
          locale
          text
        }
        minutes
        knowledgeCheck {
          passMark
          questions {
            id
            kind
            text
            textTranslations {
              locale
              text
            }
            options {
              id
              text
            }
            optionTranslations {
              optionId
              locale
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

/** The right answers, to edit a question (coordinators and tenant admins only). */
export const EditorAnswerKey = graphql(`
  query EditorAnswerKey($courseId: ID!) {
    courseAnswerKey(courseId: $courseId) {
      questionId
      correctOptionIds
    }
  }
`);

export const UpdateCourse = graphql(`
  mutation EditorUpdateCourse($input: UpdateCourseInput!) {
    updateTrainingCourse(input: $input) {
      ...EditorCourse
    }
  }
`);

export const UpdateModule = graphql(`
  mutation EditorUpdateModule($input: UpdateCourseModuleInput!) {
    updateCourseModule(input: $input) {
      ...EditorCourse
    }
  }
`);

export const MoveModule = graphql(`
  mutation EditorMoveModule($input: MoveCourseModuleInput!) {
    moveCourseModule(input: $input) {
      ...EditorCourse
    }
  }
`);

export const RemoveModule = graphql(`
  mutation EditorRemoveModule($courseId: ID!, $moduleId: ID!) {
    removeCourseModule(courseId: $courseId, moduleId: $moduleId) {
      ...EditorCourse
    }
  }
`);

export const UpdateUnit = graphql(`
  mutation EditorUpdateUnit($input: UpdateCourseUnitInput!) {
    updateCourseUnit(input: $input) {
      ...EditorCourse
    }
  }
`);

export const MoveUnit = graphql(`
  mutation EditorMoveUnit($input: MoveCourseUnitInput!) {
    moveCourseUnit(input: $input) {
      ...EditorCourse
    }
  }
`);

export const RemoveUnit = graphql(`
  mutation EditorRemoveUnit($courseId: ID!, $unitId: ID!) {
    removeCourseUnit(courseId: $courseId, unitId: $unitId) {
      ...EditorCourse
    }
  }
`);

export const UpdateQuestion = graphql(`
  mutation EditorUpdateQuestion($input: UpdateKnowledgeCheckQuestionInput!) {
    updateKnowledgeCheckQuestion(input: $input) {
      ...EditorCourse
    }
  }
`);

export const RemoveQuestion = graphql(`
  mutation EditorRemoveQuestion($courseId: ID!, $questionId: ID!) {
    removeKnowledgeCheckQuestion(courseId: $courseId, questionId: $questionId) {
      ...EditorCourse
    }
  }
`);

/** The curricula shipped with the platform (in the reader's language), to adopt. */
export const DefaultCurricula = graphql(`
  query EditorDefaultCurricula {
    defaultCurricula {
      key
      title
      description
      audience
      modules
      units
    }
  }
`);

export const AdoptDefaultCourse = graphql(`
  mutation EditorAdoptDefaultCourse($input: AdoptDefaultCourseInput!) {
    adoptDefaultCourse(input: $input) {
      id
      title
      key
      version
    }
  }
`);
