/** UI strings of theme maps, the start page and presentation mode; spread into i18n/de.ts and i18n/en.ts. */
export const themesDe = {
  'themes.pageTitle': 'Themenkarten',
  'themes.intro': 'Fertige Karten zu den Fragen der Region – ein Klick öffnet die Karte mit den passenden Ebenen. Alle Karten lassen sich teilen, drucken und im Präsentationsmodus zeigen.',
  'themes.open': 'Karte öffnen',
  'themes.openTitle': 'Themenkarte „{title}“ öffnen',
  'themes.layers': 'Ebenen: {layers}',
  'themes.bar.label': 'Themenkarte',
  'themes.leave': 'Thema verlassen',
  'themes.startHint': 'Themenkarten',
  'presentation.start': 'Präsentation',
  'presentation.exit': 'Präsentation beenden',
  'presentation.legend': 'Legende',
  'presentation.label': 'Präsentationsmodus',
} as const

export const themesEn: Record<keyof typeof themesDe, string> = {
  'themes.pageTitle': 'Theme maps',
  'themes.intro': 'Ready-made maps on the questions of the region – one click opens the map with the right layers. Every map can be shared, printed and shown in presentation mode.',
  'themes.open': 'Open map',
  'themes.openTitle': 'Open the theme map “{title}”',
  'themes.layers': 'Layers: {layers}',
  'themes.bar.label': 'Theme map',
  'themes.leave': 'Leave theme',
  'themes.startHint': 'Theme maps',
  'presentation.start': 'Presentation',
  'presentation.exit': 'End presentation',
  'presentation.legend': 'Legend',
  'presentation.label': 'Presentation mode',
}
