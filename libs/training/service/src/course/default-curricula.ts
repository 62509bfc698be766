import { randomUUID } from 'node:crypto';
import type { CompetencyCluster, CourseAudience, DefaultCurriculumKey, TrainingLocale } from '@m4pris/training-contracts';
import type { CheckContent, CourseContent, ModuleContent, QuestionContent, RulesContent, UnitContent } from './course-content.js';
import type { CurriculumText, CurriculumTranslation, ModuleText, QuestionText, UnitText } from './curriculum-text.js';
import { DA } from './default-curricula.da.js';
import { EL } from './default-curricula.el.js';
import { PT } from './default-curricula.pt.js';
import { RO } from './default-curricula.ro.js';

/**
 * The two default curricula a tenant adopts (copies) and then adapts: written for this project in
 * English — structure, topics, learning objectives and short knowledge checks, no copied course
 * text. Every text ships in da, pt, ro and el too (`default-curricula.<locale>.ts`, drafted, not
 * reviewed by a native speaker: docs/translations.md); adoption stores all five languages, and the
 * tenant's own translations (`updateTrainingCourse`, `updateCourseModule`, `updateCourseUnit`)
 * replace a shipped one per language.
 *
 * Identifiers are generated at adoption, so each tenant's copy has its own.
 */
interface Q {
  text: string;
  options: string[];
  /** Index of the correct option. */
  correct: number;
}
interface U {
  title: string;
  summary: string;
  minutes: number;
  required?: boolean;
  check?: { passMark: number; questions: Q[] };
}
interface M {
  cluster: CompetencyCluster;
  title: string;
  description: string;
  objectives: string[];
  topics: { title: string; objectives: string[] }[];
  units: U[];
}
export interface Curriculum {
  key: DefaultCurriculumKey;
  audience: CourseAudience;
  title: string;
  description: string;
  objectives: string[];
  rules: RulesContent;
  modules: M[];
  assessment: Q[];
  satisfaction: string[];
}

const SATISFACTION = [
  'The course prepared me for my role in the programme.',
  'The self-paced units were clear and the right length.',
  'The facilitated sessions were worth the time away from my shifts.',
  'I would recommend this course to a colleague.',
];

const MENTOR: Curriculum = {
  key: 'mentor-core',
  audience: 'mentor',
  title: 'Peer mentor training',
  description:
    'Prepares experienced prison staff to mentor a newer colleague: what peer mentoring is for, and the communication, interpersonal, pedagogical and organisational skills a mentor uses. Blended: short self-paced units and facilitated group sessions.',
  objectives: [
    'Explain the purpose of peer mentoring for prison staff and what it is not.',
    'Use listening and feedback skills in conversations with a newer colleague.',
    'Build a relationship of trust that respects voluntariness and confidentiality.',
    'Pass on job and institutional knowledge in a way that suits the mentee.',
    'Agree goals with a mentee and keep the relationship going around shift work until a planned closure.',
  ],
  rules: { minSessionsAttended: 2, attendanceThreshold: 75, checksPassed: true },
  modules: [
    {
      cluster: 'introduction',
      title: 'Introduction to peer mentoring',
      description: 'Why the service offers peer mentoring, who gains from it, and how a mentor differs from a coach, a tutor or a line manager.',
      objectives: ['Describe the two functions of mentoring: psychosocial support and job familiarisation.', 'Tell mentoring apart from coaching, tutoring and supervision.'],
      topics: [
        { title: 'Purpose of peer mentoring in prisons', objectives: ['Relate the first months in the job to stress and early resignations.', 'State what the programme hopes to change for newcomers.'] },
        { title: 'Benefits for mentees, mentors and the institution', objectives: ['Name at least one benefit for each party.'] },
        { title: 'Mentoring, coaching, tutoring and supervision', objectives: ['Explain why a mentor does not assess or report on the mentee.'] },
        { title: 'The voluntary and confidential frame', objectives: ['Explain that either side may leave without giving a reason and that managers are not informed.'] },
      ],
      units: [
        {
          title: 'What peer mentoring is for',
          summary: 'The newcomer’s first months, the two mentoring functions and what the programme expects from a mentor.',
          minutes: 20,
          check: {
            passMark: 60,
            questions: [
              { text: 'Which two functions does a peer mentor serve?', options: ['Psychosocial support and job familiarisation', 'Appraisal and discipline', 'Rostering and payroll'], correct: 0 },
              { text: 'Who decides whether a newer colleague takes part?', options: ['Their line manager', 'The newer colleague, voluntarily', 'The mentor'], correct: 1 },
            ],
          },
        },
        {
          title: 'Mentor, coach, tutor, supervisor',
          summary: 'Four roles that help people learn at work, and why the mentor role stays outside the chain of command.',
          minutes: 15,
          check: {
            passMark: 50,
            questions: [
              { text: 'A mentor is asked by a manager how the mentee is doing. What fits the programme?', options: ['Share a short assessment', 'Keep the content of the relationship private', 'Forward the meeting notes'], correct: 1 },
              { text: 'What mainly distinguishes mentoring from tutoring?', options: ['Mentoring is a broad, voluntary relationship; tutoring teaches a defined subject', 'Mentoring is graded', 'There is no difference'], correct: 0 },
            ],
          },
        },
        { title: 'Your own motivation', summary: 'A reflective exercise on why you volunteered and what you bring.', minutes: 10, required: false },
      ],
    },
    {
      cluster: 'communication',
      title: 'Communication',
      description: 'Listening actively, giving constructive feedback and handling conversations after difficult shifts.',
      objectives: ['Use active listening techniques.', 'Give feedback that is specific, timely and constructive.'],
      topics: [
        { title: 'Active listening', objectives: ['Use open questions, summaries and silence.', 'Notice what is not being said.'] },
        { title: 'Constructive feedback', objectives: ['Describe behaviour rather than personality.', 'Ask for the mentee’s view before giving yours.'] },
        { title: 'Conversations after critical incidents', objectives: ['Recognise when to listen and when to refer to support services.'] },
      ],
      units: [
        {
          title: 'Listening actively',
          summary: 'Techniques for listening so that a newer colleague feels heard.',
          minutes: 25,
          check: {
            passMark: 60,
            questions: [
              { text: 'Which is an open question?', options: ['Did the shift go well?', 'What happened on the wing today?', 'Were you on nights?'], correct: 1 },
              { text: 'Why summarise what the mentee said?', options: ['To check understanding and show you listened', 'To end the meeting sooner', 'To write a report'], correct: 0 },
            ],
          },
        },
        { title: 'Giving and receiving feedback', summary: 'A simple structure for feedback that helps rather than hurts.', minutes: 20 },
        { title: 'After a hard shift', summary: 'Supporting a colleague after a potentially traumatic event, and knowing where to refer.', minutes: 20 },
      ],
    },
    {
      cluster: 'interpersonal',
      title: 'Interpersonal skills',
      description: 'Building trust, breaking the ice and motivating a newer colleague.',
      objectives: ['Plan a first meeting that builds trust.', 'Motivate and affirm without taking over.'],
      topics: [
        { title: 'Building trust', objectives: ['Keep agreements and confidentiality visibly.', 'Be open about the limits of confidentiality (safety, safeguarding).'] },
        { title: 'Breaking the ice', objectives: ['Prepare a first meeting around shared work experience.'] },
        { title: 'Motivating and affirming', objectives: ['Recognise progress and effort.', 'Help the mentee find their own solutions.'] },
      ],
      units: [
        {
          title: 'Trust and its limits',
          summary: 'How trust is built in a closed institution, and when confidentiality must give way to safety.',
          minutes: 20,
          check: {
            passMark: 50,
            questions: [
              { text: 'A mentee discloses a risk to someone’s safety. What do you do?', options: ['Keep it secret in all cases', 'Follow the programme’s concern route', 'Tell the whole team'], correct: 1 },
              { text: 'Which behaviour builds trust?', options: ['Cancelling meetings at short notice', 'Keeping what you agreed', 'Discussing the mentee with colleagues'], correct: 1 },
            ],
          },
        },
        { title: 'The first meeting', summary: 'Breaking the ice: an agenda and questions for the first conversation.', minutes: 15 },
        { title: 'Motivating without taking over', summary: 'Affirming progress and supporting the mentee’s own choices.', minutes: 15 },
      ],
    },
    {
      cluster: 'pedagogical',
      title: 'Pedagogical skills',
      description: 'Conveying job knowledge, acting as a role model and identifying what the mentee needs to learn.',
      objectives: ['Identify a mentee’s learning needs.', 'Explain procedures and unwritten rules in a way that sticks.'],
      topics: [
        { title: 'Conveying knowledge', objectives: ['Break a task into steps and show, then let the mentee try.'] },
        { title: 'Being a role model', objectives: ['Reflect on the example your own practice sets.'] },
        { title: 'Identifying learning needs', objectives: ['Use questions and observation to find gaps and strengths.'] },
      ],
      units: [
        {
          title: 'What does my mentee need to learn?',
          summary: 'Finding learning needs together, including the unwritten rules of the institution.',
          minutes: 20,
          check: {
            passMark: 50,
            questions: [
              { text: 'The best first step to find a mentee’s learning needs is to…', options: ['Ask and listen', 'Hand over the procedures manual', 'Ask their line manager'], correct: 0 },
              { text: 'Learning on shift works best when the mentor…', options: ['Does the task for the mentee', 'Shows, then lets the mentee try with support', 'Only explains the theory'], correct: 1 },
            ],
          },
        },
        { title: 'Passing on job knowledge', summary: 'Show–try–review: teaching procedures on the job.', minutes: 20 },
        { title: 'The mentor as role model', summary: 'What newcomers copy, and how to make that work for them.', minutes: 10, required: false },
      ],
    },
    {
      cluster: 'organisational',
      title: 'Organisational skills',
      description: 'Setting mutual goals and managing the mentoring relationship from the first meeting to its planned end.',
      objectives: ['Agree realistic goals with a mentee.', 'Plan regular contact around shift patterns and close the relationship well.'],
      topics: [
        { title: 'Setting mutual goals', objectives: ['Turn broad wishes into a few concrete goals tagged by mentoring function.'] },
        { title: 'Managing the relationship', objectives: ['Agree how often and where to meet given both rotas.', 'Recognise when a relationship is not working and what to do.'] },
        { title: 'Closure', objectives: ['Prepare a closing conversation that reviews progress.'] },
      ],
      units: [
        {
          title: 'Goals that work',
          summary: 'Agreeing a few concrete goals and reviewing them over the months of the relationship.',
          minutes: 20,
          check: {
            passMark: 50,
            questions: [
              { text: 'Goals of a mentoring relationship should be…', options: ['Set by the mentor alone', 'Agreed together and reviewed', 'Reported to the line manager'], correct: 1 },
              { text: 'The pair work different shift patterns. What helps most?', options: ['Meeting only when rotas happen to overlap', 'Planning contact ahead around both rotas', 'Ending the relationship'], correct: 1 },
            ],
          },
        },
        { title: 'Keeping the relationship going', summary: 'Rhythm of contact, difficulties and conflicts in the pair, and when to ask the coordinator for help.', minutes: 20 },
        { title: 'A good ending', summary: 'Planning the closure of the relationship.', minutes: 10 },
      ],
    },
  ],
  assessment: [
    { text: 'Peer mentoring in this programme is…', options: ['Voluntary for both sides', 'Part of the annual appraisal', 'Compulsory for new staff'], correct: 0 },
    { text: 'Which is an example of active listening?', options: ['Interrupting with advice', 'Summarising what you heard', 'Checking your phone'], correct: 1 },
    { text: 'What should a mentor do with a safeguarding concern?', options: ['Use the designated support route', 'Ignore it', 'Post it in the staff group chat'], correct: 0 },
    { text: 'Who sets the goals of the relationship?', options: ['The mentor and mentee together', 'The coordinator', 'The governor'], correct: 0 },
  ],
  satisfaction: SATISFACTION,
};

const COORDINATOR: Curriculum = {
  key: 'coordinator-core',
  audience: 'coordinator',
  title: 'Mentoring coordinator course',
  description:
    'For staff who run a peer-mentoring programme: organising, implementing and evaluating it, recruiting and matching, following up duos, handling concerns and safeguarding, and closing relationships.',
  objectives: [
    'Plan a programme cycle from recruitment to closure and its evaluation.',
    'Recruit, select and match mentors and mentees with the programme’s policy.',
    'Follow up duos on process data without intruding on their content.',
    'Route concerns to the designated support and keep only the fact of an escalation.',
  ],
  rules: { minSessionsAttended: 1, attendanceThreshold: 75, checksPassed: true },
  modules: [
    {
      cluster: 'programme_organisation',
      title: 'Organising, implementing and evaluating a programme',
      description: 'Setting up a cohort, its policy, its timeline, and the evaluation that shows whether it works.',
      objectives: ['Write a cohort plan with dates, eligibility and capacity.', 'Plan pre- and post-surveys and the figures to follow.'],
      topics: [
        { title: 'Programme policy and timeline', objectives: ['Choose the mentor model, duration and eligibility thresholds.'] },
        { title: 'Evaluation', objectives: ['Schedule baseline and follow-up surveys.', 'Read aggregate reports and their minimum cell sizes.'] },
      ],
      units: [
        {
          title: 'Planning a cohort',
          summary: 'From policy to calendar: what to decide before recruitment opens.',
          minutes: 25,
          check: {
            passMark: 50,
            questions: [
              { text: 'Why do reports suppress small groups?', options: ['To protect individuals from being identified', 'To save space', 'Because small groups do not matter'], correct: 0 },
              { text: 'When is the baseline survey taken?', options: ['At the start of the relationship', 'At closure only', 'Never'], correct: 0 },
            ],
          },
        },
        { title: 'Evaluating the programme', summary: 'Pre/post surveys, retention and early endings as programme figures.', minutes: 20 },
      ],
    },
    {
      cluster: 'recruitment_matching',
      title: 'Recruiting and matching',
      description: 'Finding mentors and mentees, checking eligibility and training, and proposing good matches.',
      objectives: ['Apply eligibility rules for newcomers and staff new to a setting.', 'Weigh shift overlap, conflicts of interest and preferences in a match.'],
      topics: [
        { title: 'Recruitment', objectives: ['Reach newcomers and staff new to a setting without pressure.'] },
        { title: 'Matching', objectives: ['Explain why overlapping shifts matter.', 'Exclude chain-of-command conflicts unless the policy allows them.'] },
      ],
      units: [
        {
          title: 'Making good matches',
          summary: 'Shifts, department, capacity and conflicts of interest in practice.',
          minutes: 25,
          check: {
            passMark: 50,
            questions: [
              { text: 'A proposed mentor directly supervises the mentee. By default…', options: ['The match is excluded', 'The match is preferred', 'It does not matter'], correct: 0 },
              { text: 'Which factor does the programme strongly prefer?', options: ['Overlapping shifts', 'Same surname initial', 'Longest commute'], correct: 0 },
            ],
          },
        },
        { title: 'Recruiting volunteers', summary: 'Inviting, informing and recording consent.', minutes: 15 },
      ],
    },
    {
      cluster: 'duo_follow_up',
      title: 'Following up duos',
      description: 'Supporting duos through the relationship using process data only: met or not, last contact, open concerns.',
      objectives: ['Spot duos that need support from process data.', 'Offer support without asking for the content of meetings.'],
      topics: [
        { title: 'Process data, not content', objectives: ['Explain what a coordinator sees and what stays in the duo.'] },
        { title: 'Supporting a struggling duo', objectives: ['Plan a check-in and, if needed, a re-match.'] },
      ],
      units: [
        {
          title: 'What a coordinator sees',
          summary: 'The confidentiality tiers of the platform and why they matter for trust.',
          minutes: 15,
          check: {
            passMark: 50,
            questions: [
              { text: 'May a coordinator read the duo’s meeting notes?', options: ['No, only process data', 'Yes, always', 'Only on request of a manager'], correct: 0 },
            ],
          },
        },
        { title: 'Check-ins and re-matching', summary: 'When and how to step in.', minutes: 15 },
      ],
    },
    {
      cluster: 'concerns_safeguarding',
      title: 'Handling concerns and safeguarding',
      description: 'The designated support route for concerns raised by mentors or mentees, and the coordinator’s part in it.',
      objectives: ['Route a concern to the designated support service.', 'Record only the fact of an escalation.'],
      topics: [
        { title: 'The support route', objectives: ['Name the designated services (occupational health, psychologist) of your institution.'] },
        { title: 'Boundaries', objectives: ['Explain why concerns do not go to line management.'] },
      ],
      units: [
        {
          title: 'When a concern is raised',
          summary: 'Steps, timelines and what the coordinator records.',
          minutes: 20,
          check: {
            passMark: 100,
            questions: [
              { text: 'A mentee raises a concern about their wellbeing. Where does it go?', options: ['To the designated support route', 'To their line manager', 'Into the staff file'], correct: 0 },
            ],
          },
        },
      ],
    },
    {
      cluster: 'closure',
      title: 'Closure',
      description: 'Ending relationships well, early or as planned, and learning from them.',
      objectives: ['Run a closure conversation.', 'Handle an early ending without blame.'],
      topics: [
        { title: 'Planned closure', objectives: ['Review goals and celebrate progress.'] },
        { title: 'Early endings', objectives: ['Respect that either side may leave without a reason.'] },
      ],
      units: [{ title: 'Closing a relationship', summary: 'Planned and early endings, and the closing survey.', minutes: 15 }],
    },
  ],
  assessment: [
    { text: 'Coordinators see…', options: ['Process data of duos', 'Meeting notes', 'Survey answers with names'], correct: 0 },
    { text: 'A concern raised in a duo is routed to…', options: ['The designated support route', 'Line management', 'The public'], correct: 0 },
    { text: 'Can a mentee leave the programme without a reason?', options: ['Yes', 'No'], correct: 0 },
  ],
  satisfaction: SATISFACTION,
};

export const DEFAULT_CURRICULA: readonly Curriculum[] = [MENTOR, COORDINATOR];

export function curriculum(key: DefaultCurriculumKey): Curriculum | undefined {
  return DEFAULT_CURRICULA.find((c) => c.key === key);
}

/** The shipped translations, by language (English is the curriculum itself). */
export const CURRICULUM_TRANSLATIONS: Readonly<Record<Exclude<TrainingLocale, 'en'>, CurriculumTranslation>> = { da: DA, pt: PT, ro: RO, el: EL };

const questionText = (q: Q): QuestionText => ({ text: q.text, options: [...q.options] });

/** The English texts of a curriculum in the shape of its translations. */
export function curriculumText(c: Curriculum): CurriculumText {
  return {
    title: c.title,
    description: c.description,
    objectives: [...c.objectives],
    modules: c.modules.map(
      (m): ModuleText => ({
        title: m.title,
        description: m.description,
        objectives: [...m.objectives],
        topics: m.topics.map((t) => ({ title: t.title, objectives: [...t.objectives] })),
        units: m.units.map((u): UnitText => ({ title: u.title, summary: u.summary, ...(u.check ? { questions: u.check.questions.map(questionText) } : {}) })),
      }),
    ),
    assessment: c.assessment.map(questionText),
    satisfaction: [...c.satisfaction],
  };
}

type Texts = Record<string, CurriculumText>;
/** One text in every language that has it: `pick` reads the same place in each language's texts. */
type Localize = (pick: (t: CurriculumText) => string | undefined) => Record<string, string> & { en: string };

function localizer(texts: Texts): Localize {
  return (pick) => {
    const out: Record<string, string> = {};
    for (const [locale, t] of Object.entries(texts)) {
      const value = pick(t);
      if (value) out[locale] = value;
    }
    return out as Record<string, string> & { en: string };
  };
}

function question(L: Localize, at: (t: CurriculumText) => QuestionText | undefined, q: Q): QuestionContent {
  const options = q.options.map((_, i) => ({ id: randomUUID(), text: L((t) => at(t)?.options[i]) }));
  return { id: randomUUID(), text: L((t) => at(t)?.text), options, correctOptionId: options[q.correct].id };
}

function unit(L: Localize, at: (t: CurriculumText) => UnitText | undefined, u: U): UnitContent {
  const check: CheckContent | null = u.check ? { passMark: u.check.passMark, questions: u.check.questions.map((q, i) => question(L, (t) => at(t)?.questions?.[i], q)) } : null;
  return { id: randomUUID(), title: L((t) => at(t)?.title), summary: L((t) => at(t)?.summary), minutes: u.minutes, required: u.required ?? true, check };
}

function module(L: Localize, mi: number, m: M): ModuleContent {
  const at = (t: CurriculumText): ModuleText | undefined => t.modules[mi];
  return {
    id: randomUUID(),
    cluster: m.cluster,
    title: L((t) => at(t)?.title),
    description: L((t) => at(t)?.description),
    objectives: m.objectives.map((_, i) => L((t) => at(t)?.objectives[i])),
    topics: m.topics.map((tp, ti) => ({ title: L((t) => at(t)?.topics[ti]?.title), objectives: tp.objectives.map((_, i) => L((t) => at(t)?.topics[ti]?.objectives[i])) })),
    units: m.units.map((u, ui) => unit(L, (t) => at(t)?.units[ui], u)),
  };
}

/** A tenant's own copy of a default curriculum, with fresh identifiers and every shipped language. */
export function instantiate(c: Curriculum): CourseContent {
  const texts: Texts = { en: curriculumText(c) };
  for (const [locale, translation] of Object.entries(CURRICULUM_TRANSLATIONS)) texts[locale] = translation[c.key];
  const L = localizer(texts);
  return {
    title: L((t) => t.title),
    description: L((t) => t.description),
    objectives: c.objectives.map((_, i) => L((t) => t.objectives[i])),
    rules: { ...c.rules },
    modules: c.modules.map((m, i) => module(L, i, m)),
    assessment: c.assessment.map((q, i) => question(L, (t) => t.assessment[i], q)),
    satisfaction: c.satisfaction.map((_, i) => ({ id: randomUUID(), text: L((t) => t.satisfaction[i]) })),
  };
}
