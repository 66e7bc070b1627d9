import { attributions } from '../attributions.ts'
import { actionFields, projectStatuses } from '../enums.ts'
import { sampleFlag } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const projects: LayerDef = {
  id: 'projects',
  relation: 'projects_public',
  writable: true,
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'Geometry',
  geometryOptional: true,
  group: 'projekte',
  title: { de: 'Projektdatenbank', en: 'Project database' },
  description: {
    de: 'Projekte der Kommunen nach den vier REGIONALE-Handlungsfeldern. Titel realer Initiativen, Einzelheiten sind Beispieldaten.',
    en: 'Projects of the municipalities by the four REGIONALE action fields. Real initiatives by title; details are sample data.',
  },
  nameProperty: 'title',
  properties: [
    { key: 'title', type: 'string', label: { de: 'Titel', en: 'Title' }, queryable: true },
    { key: 'summary', type: 'string', label: { de: 'Kurzbeschreibung', en: 'Summary' } },
    { key: 'action_field', type: 'enum', label: { de: 'Handlungsfeld', en: 'Action field' }, options: actionFields, queryable: true },
    { key: 'status', type: 'enum', label: { de: 'Status', en: 'Status' }, options: projectStatuses, queryable: true },
    { key: 'municipality_ags', type: 'string[]', label: { de: 'Kommunen (AGS)', en: 'Municipalities (AGS)' }, queryable: true, references: 'municipalities' },
    { key: 'municipalities', type: 'string[]', label: { de: 'Kommunen', en: 'Municipalities' }, queryable: true },
    { key: 'start_date', type: 'date', label: { de: 'Beginn', en: 'Start' }, queryable: true },
    { key: 'end_date', type: 'date', label: { de: 'Ende', en: 'End' }, queryable: true },
    { key: 'funding_programme', type: 'string', label: { de: 'Förderprogramm', en: 'Funding programme' } },
    { key: 'problems', type: 'string', label: { de: 'Problemstellungen', en: 'Problems encountered' } },
    { key: 'lessons_learned', type: 'string', label: { de: 'Erfahrungen', en: 'Lessons learned' } },
    { key: 'tags', type: 'string[]', label: { de: 'Schlagworte', en: 'Tags' }, queryable: true },
    { key: 'links', type: 'string[]', label: { de: 'Links', en: 'Links' } },
    sampleFlag,
  ],
  style: { color: '#4477AA', colorBy: 'action_field' },
  attribution: [attributions.sample],
  sample: true,
  // Mixed points, polygons and none: GIS clients get project_points and project_areas instead.
  unlisted: true,
  visibleByDefault: true,
  sourceLayer: 'projects',
  temporal: { start: 'start_date', end: 'end_date' },
}

/** Every located project as a point (polygons by a point on their surface), for GIS clients. */
export const projectPoints: LayerDef = {
  ...projects,
  id: 'project_points',
  relation: 'project_points',
  geometryType: 'Point',
  geometryOptional: false,
  unlisted: false,
  versionLayer: 'projects',
  title: { de: 'Projekte (Punkte)', en: 'Projects (points)' },
  description: {
    de: 'Jedes Projekt mit Ort als Punkt; Projekte mit Fläche durch einen Punkt in der Fläche (from_area). Beispieldaten.',
    en: 'Every project with a location as a point; area projects by a point inside the area (from_area). Sample data.',
  },
  properties: [
    ...projects.properties,
    { key: 'from_area', type: 'boolean', label: { de: 'Punkt einer Projektfläche', en: 'Point of a project area' }, queryable: true },
  ],
  visibleByDefault: false,
  sourceLayer: 'project_points',
}

/** The projects that have an area, as multipolygons, for GIS clients. */
export const projectAreas: LayerDef = {
  ...projects,
  id: 'project_areas',
  relation: 'project_areas',
  geometryType: 'MultiPolygon',
  geometryOptional: false,
  unlisted: false,
  versionLayer: 'projects',
  title: { de: 'Projekte (Flächen)', en: 'Projects (areas)' },
  description: { de: 'Die Projekte mit einer Fläche. Beispieldaten.', en: 'The projects that have an area. Sample data.' },
  visibleByDefault: false,
  sourceLayer: 'project_areas',
}
