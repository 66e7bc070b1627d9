import { Route, Switch } from 'wouter'
import { App } from './App.tsx'
import { NotFoundPage } from './PageShell.tsx'
import { ProjectDetail } from '../projects/ProjectDetail.tsx'
import { ProjectEditPage, ProjectNewPage } from '../projects/ProjectEditPage.tsx'
import { ProjectsPage } from '../projects/ProjectsPage.tsx'
import { ThemesPage } from '../themes/ThemesPage.tsx'
import { ExchangeDetail } from '../exchange/ExchangeDetail.tsx'
import { ExchangeEditPage, ExchangeNewPage } from '../exchange/ExchangeEditPage.tsx'
import { ExchangePage } from '../exchange/ExchangePage.tsx'
import { MunicipalitiesPage } from '../profiles/MunicipalitiesPage.tsx'
import { ProfilePage } from '../profiles/ProfilePage.tsx'

/**
 * Path routes of the viewer (the server answers every non-API path with index.html).
 * The map keeps its own view in the hash (state/url-state.ts); pages use the path.
 */
export function Router() {
  return (
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
  )
}
