-- Search folds the German transliterations ae/oe/ue (and ss, which the german stemmer
-- already folds) and common accents, on the document and on the query alike, so that
-- "Muenster", "Strasse" and "Buero" find Münster, Straße and Büro.
--
-- Why not the unaccent extension: it exists on the server and as a PGlite contrib module,
-- but it maps ü → u and leaves "ue" alone, so "Muenster" would still miss "Münster"; and
-- PGlite would have to load it at every start. The folding below mirrors Snowball's
-- german2 variant instead (ae → ä, oe → ö, ue → ü except after q); the german stemmer
-- then removes the umlauts itself, so "Dörfer" still stems to dorf. Folding a word that
-- merely contains these letters ("Feuer" → "Feüer") is harmless: both sides fold alike.
create function german_fold(t text) returns text
language sql immutable strict parallel safe as $$
  select translate(
    regexp_replace(regexp_replace(regexp_replace(t, 'ae', 'ä', 'gi'), 'oe', 'ö', 'gi'), '(?<![q])ue', 'ü', 'gi'),
    'áàâãåéèêëíìîïóòôõúùûçñÁÀÂÃÅÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÇÑ',
    'aaaaaeeeeiiiiooooouuucnAAAAAEEEEIIIIOOOOOUUUCN')
$$;

alter table projects drop column search;

create or replace function project_search_vector(title text, tags text[], summary text, description text,
                                                 problems text, lessons_learned text)
returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('german', german_fold(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('german', german_fold(coalesce(array_to_string(tags, ' '), ''))), 'A')
      || setweight(to_tsvector('german', german_fold(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector('german', german_fold(coalesce(description, ''))), 'C')
      || setweight(to_tsvector('german', german_fold(coalesce(problems, ''))), 'D')
      || setweight(to_tsvector('german', german_fold(coalesce(lessons_learned, ''))), 'D')
$$;

alter table projects
  add column search tsvector generated always as
    (project_search_vector(title, tags, summary, description, problems, lessons_learned)) stored;
create index projects_search_idx on projects using gin (search);
