import { layers } from '@regiopol/geodata'
import { createRoot } from 'react-dom/client'

function App() {
  return (
    <main>
      <h1>Regiopol Atlas</h1>
      <ul>
        {layers.map((l) => (
          <li key={l.id}>
            <a href={`/api/collections/${l.id}/items`}>{l.title.de}</a>
          </li>
        ))}
      </ul>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(<App />)
