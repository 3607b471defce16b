/** The user's own acronyms: add, edit, delete, import and export as JSON or CSV. */
import { useState } from 'preact/hooks';
import { CustomAcronym } from '../../storage/acronyms.js';
import { summarizeIssues } from '../../storage/versioned.js';
import { acronymsToCsv, acronymsToJson, parseAcronymFile } from '../acronym-files.js';
import { download } from '../../ui/download.js';
import { errorText } from '../../core/error-text.js';

export interface CustomAcronymsProps {
  acronyms: CustomAcronym[];
  save(acronym: CustomAcronym): Promise<void>;
  remove(abbr: string): Promise<void>;
  say(message: string): void;
}

const EMPTY = { abbr: '', expansion: '', description: '', url: '' };

export function CustomAcronyms({ acronyms, save, remove, say }: CustomAcronymsProps) {
  const [draft, setDraft] = useState(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const candidate = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
    const parsed = CustomAcronym.safeParse(candidate);
    if (!parsed.success) return setError(`Not saved: ${summarizeIssues(parsed.error)}`);
    try {
      if (editing && editing !== parsed.data.abbr) await remove(editing);
      await save(parsed.data);
      setError('');
      setDraft(EMPTY);
      setEditing(null);
      say(`${parsed.data.abbr} saved.`);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const importFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const { acronyms: found, errors } = parseAcronymFile(await file.text());
    let saved = 0;
    for (const a of found) {
      try {
        await save(a);
        saved++;
      } catch (err) {
        errors.push(`${a.abbr}: ${errorText(err)}`);
      }
    }
    setError(errors.length ? `Skipped ${errors.length}: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? '…' : ''}` : '');
    say(`Imported ${saved} acronym${saved === 1 ? '' : 's'} from ${file.name}.`);
  };

  const field = (name: keyof typeof EMPTY, label: string, required = false) => (
    <label>
      {label}
      <input name={name} required={required} value={draft[name]} onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })} />
    </label>
  );

  return (
    <section aria-labelledby="custom-heading">
      <h2 id="custom-heading">Your acronyms</h2>
      <p>Acronyms you define are expanded on every release, marked as yours. A page’s own definition still wins.</p>
      <form class="acronym-form" onSubmit={(e) => void submit(e)}>
        {field('abbr', 'Acronym', true)}
        {field('expansion', 'Stands for', true)}
        {field('description', 'Description')}
        {field('url', 'Link (https)')}
        <button type="submit">{editing ? `Save ${editing}` : 'Add acronym'}</button>
        {editing && (
          <button type="button" onClick={() => (setEditing(null), setDraft(EMPTY))}>
            Cancel
          </button>
        )}
      </form>
      {error && <p role="alert">{error}</p>}
      {acronyms.length === 0 ? (
        <p class="empty">You have not added any acronyms yet.</p>
      ) : (
        <table data-section="custom-acronyms">
          <thead>
            <tr>
              <th scope="col">Acronym</th>
              <th scope="col">Stands for</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {acronyms.map((a) => (
              <tr key={a.abbr} data-abbr={a.abbr}>
                <th scope="row">{a.abbr}</th>
                <td>
                  {a.expansion}
                  {a.description && <span class="meta">{a.description}</span>}
                </td>
                <td>
                  <button type="button" onClick={() => (setEditing(a.abbr), setDraft({ abbr: a.abbr, expansion: a.expansion, description: a.description ?? '', url: a.url ?? '' }))}>
                    Edit<span class="visually-hidden"> {a.abbr}</span>
                  </button>{' '}
                  <button type="button" onClick={() => void remove(a.abbr).then(() => say(`${a.abbr} deleted.`), (err: unknown) => setError(String(err)))}>
                    Delete<span class="visually-hidden"> {a.abbr}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="file-actions">
        <label>
          Import a JSON or CSV file
          <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" disabled={!acronyms.length} onClick={() => download('release-lens-acronyms.json', 'application/json', acronymsToJson(acronyms))}>
          Export JSON
        </button>
        <button type="button" disabled={!acronyms.length} onClick={() => download('release-lens-acronyms.csv', 'text/csv', acronymsToCsv(acronyms))}>
          Export CSV
        </button>
      </p>
    </section>
  );
}
