import { lazy, Suspense, type ComponentType } from 'react'
import { Route, Switch } from 'wouter'
import { App } from './App.tsx'
import { NotFoundPage } from './PageShell.tsx'

/** A page loaded with its own chunk the first time its path is opened. */
function page<P extends object>(load: () => Promise<Record<string, unknown>>, name: string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }))
}

const ProjectsPage = page(() => import('../projects/ProjectsPage.tsx'), 'ProjectsPage')
const ProjectNewPage = page(() => import('../projects/ProjectEditPage.tsx'), 'ProjectNewPage')
const ProjectEditPage = page<{ id: string }>(() => import('../projects/ProjectEditPage.tsx'), 'ProjectEditPage')
const ProjectDetail = page<{ id: string }>(() => import('../projects/ProjectDetail.tsx'), 'ProjectDetail')
const ThemesPage = page(() => import('../themes/ThemesPage.tsx'), 'ThemesPage')
const ExchangePage = page(() => import('../exchange/ExchangePage.tsx'), 'ExchangePage')
const ExchangeNewPage = page(() => import('../exchange/ExchangeEditPage.tsx'), 'ExchangeNewPage')
const ExchangeEditPage = page<{ id: string }>(() => import('../exchange/ExchangeEditPage.tsx'), 'ExchangeEditPage')
const ExchangeDetail = page<{ id: string }>(() => import('../exchange/ExchangeDetail.tsx'), 'ExchangeDetail')
const MunicipalitiesPage = page(() => import('../profiles/MunicipalitiesPage.tsx'), 'MunicipalitiesPage')
const ProfilePage = page<{ ags: string }>(() => import('../profiles/ProfilePage.tsx'), 'ProfilePage')

/**
 * Path routes of the viewer (the server answers every non-API path with index.html).
 * The map keeps its own view in the hash (state/url-state.ts); pages use the path.
 * The map is in the main chunk; every page is loaded when its path is first opened.
 */
export function Router() {
  return (
    <Suspense fallback={null}>
      <Switch>
        <Route path="/" component={App} />
        <Route path="/projekte" component={ProjectsPage} />
        <Route path="/projekte/neu" component={ProjectNewPage} />
        <Route path="/projekte/:id/bearbeiten">{(params) => <ProjectEditPage id={params.id} />}</Route>
        <Route path="/projekte/:id">{(params) => <ProjectDetail id={params.id} />}</Route>
        <Route path="/themen" component={ThemesPage} />
        <Route path="/boerse" component={ExchangePage} />
        <Route path="/boerse/neu" component={ExchangeNewPage} />
        <Route path="/boerse/:id/bearbeiten">{(params) => <ExchangeEditPage id={params.id} />}</Route>
        <Route path="/boerse/:id">{(params) => <ExchangeDetail id={params.id} />}</Route>
        <Route path="/kommunen" component={MunicipalitiesPage} />
        <Route path="/kommunen/:ags">{(params) => <ProfilePage ags={params.ags} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  )
}
