// The Course model: compiled from modules/*.md at build time; every view renders from it.

/** A whole course: front page text plus its modules in order. */
export interface Course {
  /** Stable id, used in storage keys and SCORM identifiers. */
  id: string;
  title: string;
  subtitle: string;
  /** BCP 47 language tag of the course text. */
  language: string;
  /** One-sentence description for the LMS catalogue and metadata. */
  description: string;
  /** The start page's cover picture (course.md's `cover`, `coverAlt`); an empty alt marks it decorative. */
  cover?: { src: string; alt: string };
  /** The front page body (introduction, who it is for, how to take it). */
  intro: Rich;
  /** The learning goal of the whole course. */
  goal: Rich;
  modules: Module[];
  /** Course-level pages beside the modules (glossary, sources), from `pages/*.md`, by `order`. */
  pages: CoursePage[];
  /** Editable templates from `templates/*.md`, emitted as .docx files at build time, by title. */
  templates: Template[];
  /** Planned minutes for a group taking the whole course: course.md's `groupMinutes`, else the modules' sum. */
  groupMinutes: number;
  /** Where the course is published (course.md's `url`), for the text version's header; absent when not given. */
  url?: string;
  /** Which build this is, set by the build for the text version's header; absent in a course loaded by a test. */
  edition?: Edition;
  /** Hash over the ids of modules, pages and checks (and check answers); changes when progress data would no longer line up. */
  fingerprint: string;
}

/** The player's version and the build date, so a printed or saved copy says how current it is. */
export interface Edition {
  /** package.json's version. */
  version: string;
  /** The build date, YYYY-MM-DD. */
  date: string;
}

/** Markdown rendered twice at build time: HTML for the player, plain text for the text version. */
export interface Rich {
  html: string;
  text: string;
  /** The HTML for print when it differs from `html`: without the screen-only parts (`:::skärm`). */
  print?: string;
}

export interface Module {
  id: string;
  title: string;
  order: number;
  minutes: number;
  /** Planned minutes for a group in the room (front matter `groupMinutes`, default 3 × minutes). */
  groupMinutes: number;
  summary: string;
  /** Thumbnail, as a URL relative to the app root (e.g. "images/nytta.svg"). */
  image: { src: string; alt: string };
  objectives: string[];
  pages: Page[];
}

export interface Page {
  /** Unique within its module; derived from the heading unless given. */
  id: string;
  title: string;
  blocks: Block[];
  /** `:::handledning` notes for whoever leads a group, in page order; never shown to a learner. Absent when the page has none. */
  facilitatorNotes?: Rich[];
}

export type Block = ProseBlock | ReflectionBlock | DiscussionBlock | ExampleBlock | CheckBlock;

export interface ProseBlock {
  kind: 'prose';
  body: Rich;
}

/** A question to think about; the learner may keep notes (locally only). */
export interface ReflectionBlock {
  kind: 'reflektion';
  /** Unique within the course: `${moduleId}/${pageId}/r${n}`. */
  id: string;
  body: Rich;
}

/** A prompt for a group in the room. */
export interface DiscussionBlock {
  kind: 'diskussion';
  /** Minutes for the room's timer: `:::diskussion 10 min`, default 5. */
  minutes: number;
  body: Rich;
}

/** A worked example from a municipality or region. */
export interface ExampleBlock {
  kind: 'exempel';
  title: string;
  body: Rich;
}

/** One multiple-choice knowledge check with exactly one right option. */
export interface CheckBlock {
  kind: 'kunskapskontroll';
  /** Unique within the course: `${moduleId}/${pageId}/k${n}`. */
  id: string;
  question: Rich;
  options: Rich[];
  /** Index into options of the right answer. */
  correct: number;
  /** Each option's own feedback (null where it has none), by option index; absent when no option has any. */
  optionFeedback?: (Rich | null)[];
  /** General feedback, shown after the chosen option's own. */
  feedback: Rich;
}

/** A course-level page such as the glossary: one screen at `#/sida/<id>`, not part of any module's progress. */
export interface CoursePage {
  id: string;
  title: string;
  order: number;
  /** The page body; `##` and `###` are its sections. A list of "**Term** – definition" items is a <dl> in the HTML. */
  body: Rich;
  /** Set on the one page that is the course's accessibility statement (`kind: accessibility`). */
  accessibility?: AccessibilityFacts;
}

/** The publisher's facts an accessibility statement must give, from the statement page's front matter. */
export interface AccessibilityFacts {
  /** The organisation that publishes the course and answers for its accessibility. */
  publisher: string;
  /** Where to send feedback: an e-mail address, a web address or a short text. */
  contact: string;
  /** When the statement was drawn up (YYYY-MM-DD). */
  published: string;
  /** When the course and the statement were last reviewed (YYYY-MM-DD), not before `published`. */
  reviewed: string;
}

/** An editable template: the same markdown as a Word file in the build and as text in the text version. */
export interface Template {
  id: string;
  title: string;
  /** File name without extension; the build writes `mallar/<fileName>.docx`. */
  fileName: string;
  /** The template's content, for the text version and the print view. */
  body: Rich;
}
