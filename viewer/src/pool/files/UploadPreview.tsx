import type { MessageKey } from '../../i18n/index.ts'
import { useT } from '../../store/hooks.ts'
import { nameOf } from './checks.ts'
import { isSaveable, problemsOf } from './selection.ts'
import type { Problem } from './types.ts'
import type { Upload } from './use-upload.ts'

/*
 * The preview of an uploaded file: where its coordinates came from, which columns
 * give name and points, and a table of every feature with its problems (or, after
 * saving, the server's answer). The user ticks the features to register.
 */

function ProblemText({ problem }: { problem: Problem }) {
  const t = useT()
  const params = { ...problem.params }
  // Coordinates as written, not rounded by the number formatter.
  for (const key of ['lon', 'lat'] as const) if (typeof params[key] === 'number') params[key] = params[key].toFixed(6)
  return <>{t(`upload.problem.${problem.code}` as MessageKey, params)}</>
}

function ColumnSelect({ label, value, columns, onChange }: { label: string; value: string | null; columns: string[]; onChange: (c: string | null) => void }) {
  const t = useT()
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('upload.noColumn')}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  )
}

export function UploadPreview({ upload }: { upload: Upload }) {
  const t = useT()
  const { result, nameColumn, chosen, outcomes } = upload
  if (!result) return null
  const crsText = (kind: string) => t(kind === 'utm32' ? 'upload.reprojected' : kind === 'wgs84' ? 'upload.asIs' : kind === 'none' ? 'upload.noCrs' : 'upload.refusedCrs')
  return (
    <div className="upload-preview">
      <ul className="upload-layers">
        {result.layers.map((l) => (
          <li key={l.name} data-crs={l.crs.kind}>
            {t('upload.layer', { layer: l.name, count: l.count, crs: `${l.crs.label ? `${l.crs.label}, ` : ''}${crsText(l.crs.kind)}` })}
          </li>
        ))}
      </ul>
      <ColumnSelect label={t('upload.nameColumn')} value={nameColumn} columns={result.columns} onChange={upload.setNameColumn} />
      <ColumnSelect label={t('upload.pointsColumn')} value={upload.pointsColumn} columns={result.columns} onChange={upload.setPointsColumn} />
      <table className="upload-table">
        <caption>{t('upload.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('upload.col.choose')}</th>
            <th scope="col">{t('upload.col.number')}</th>
            <th scope="col">{t('upload.col.name')}</th>
            <th scope="col">{t('upload.col.vertices')}</th>
            <th scope="col">{t('upload.col.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {result.features.map((f) => {
            const problems = problemsOf(f, nameColumn)
            const outcome = outcomes.get(f.number)
            const saveable = isSaveable(f, nameColumn) && !outcome?.ok
            return (
              <tr key={f.number} data-number={f.number} data-saveable={saveable} data-outcome={outcome ? (outcome.ok ? 'saved' : 'refused') : undefined}>
                <td>
                  <input type="checkbox" aria-label={t('upload.chooseFeature', { number: String(f.number) })} checked={chosen.has(f.number)} disabled={!saveable} onChange={() => upload.toggle(f.number)} />
                </td>
                <td>{f.number}</td>
                <td>{nameOf(f.properties, nameColumn) ?? '–'}</td>
                <td>{f.vertices}</td>
                <td>
                  {outcome && <p className={outcome.ok ? 'pool-ok' : 'pool-error'}>{outcome.ok ? t('upload.savedRow', { id: outcome.id }) : t('upload.failedRow', { message: outcome.message })}</p>}
                  {problems.length === 0 ? (
                    !outcome && <span className="muted">{t('upload.noProblems')}</span>
                  ) : (
                    <ul className="upload-problems">
                      {problems.map((p, i) => (
                        <li key={i} data-code={p.code}>
                          <ProblemText problem={p} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted" aria-live="polite">
        {t('upload.chosen', { count: String(chosen.size), total: String(result.features.length) })}
      </p>
    </div>
  )
}
