// UI words added with the course pages, templates and group fields, gathered here until the
// message catalogue (one per language) replaces inline strings.

export const UI_TEXT = {
  discussionHeading: (minutes: number) => `Diskutera i gruppen (${minutes} min)`,
  coursePagesHeading: 'Mer i kursen',
  allModules: 'Alla moduler',
  footerNav: 'Kursens sidor',
  templatesHeading: 'Mallar att ladda ner',
  templatesIntro: 'Mallarna öppnas i Word, LibreOffice och andra ordbehandlare. Fyll i dem och gör dem till era egna.',
  templateDownload: (title: string) => `${title} (Word-fil)`,
} as const;
