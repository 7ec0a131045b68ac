import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import fieldStyles from '@/components/form-field.module.css';
import styles from './search-form.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface SearchFormProps {
  initialQuery?: string;
  label?: string;
  compact?: boolean;
}

/** A search box that opens `/search?q=…`; an empty box asks for a word instead of searching. */
export function SearchForm({ initialQuery = '', label, compact = false }: SearchFormProps) {
  const t = useMessages();
  label ??= t('search.label');
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);
  const [error, setError] = useState('');
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // What the box shows: typed before the page finished starting, it is not in state yet.
    const typed = String(new FormData(event.currentTarget).get('q') ?? query);
    if (typed !== query) setQuery(typed);
    const trimmed = typed.trim();
    if (!trimmed) {
      setError(t('search.empty'));
      return;
    }
    setError('');
    navigate(`/search?${new URLSearchParams({ q: trimmed })}`);
  }

  return (
    <form role="search" action="/search" className={`${styles.form} ${compact ? styles.compact : ''}`} onSubmit={submit} noValidate>
      <label htmlFor={`${id}-q`} className={compact ? 'visually-hidden' : fieldStyles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id={`${id}-q`}
          className={`${fieldStyles.input} ${styles.input}`}
          type="search"
          dir="auto"
          name="q"
          value={query}
          maxLength={200}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            if (error) setError('');
          }}
        />
        <button type="submit" className={styles.submit}>
          {t('nav.search')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className={fieldStyles.error} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
