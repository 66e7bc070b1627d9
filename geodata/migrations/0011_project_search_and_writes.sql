-- The project database gets a write path (who changed what, when) and German full-text search.

alter table projects
  add column created_at timestamptz not null default now(),
  add column updated_at timestamptz not null default now(),
  add column created_by integer references accounts,
  add column updated_by integer references accounts;

-- A generated column needs an immutable expression; array_to_string is only stable (it
-- calls the element type's output function), which for text[] is safe to declare immutable.
create function project_search_vector(title text, tags text[], summary text, description text,
                                      problems text, lessons_learned text)
returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('german', coalesce(title, '')), 'A')
      || setweight(to_tsvector('german', coalesce(array_to_string(tags, ' '), '')), 'A')
      || setweight(to_tsvector('german', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('german', coalesce(description, '')), 'C')
      || setweight(to_tsvector('german', coalesce(problems, '')), 'D')
      || setweight(to_tsvector('german', coalesce(lessons_learned, '')), 'D')
$$;

alter table projects
  add column search tsvector generated always as
    (project_search_vector(title, tags, summary, description, problems, lessons_learned)) stored;
create index projects_search_idx on projects using gin (search);
create index projects_tags_idx on projects using gin (tags);
