import { Route, Switch } from 'wouter'
import { App } from './App.tsx'
import { NotFoundPage } from './PageShell.tsx'

/**
 * Path routes of the viewer (the server answers every non-API path with index.html).
 * The map keeps its own view in the hash (state/url-state.ts); pages use the path.
 */
export function Router() {
  return (
    <Switch>
      <Route path="/" component={App} />
      <Route component={NotFoundPage} />
    </Switch>
  )
}
