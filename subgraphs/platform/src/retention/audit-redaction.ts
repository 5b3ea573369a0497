/**
 * The SQL each subgraph's retention migration runs on its audit log. The log stays append-only for
 * the API; the one UPDATE allowed is the retention job's redaction of an anonymised record's entries:
 * inside a transaction that set `mpa.retention` (the API never does), and only replacing the old
 * and new values of `changes` with nulls (field names kept) and a reason with a marker. Who, when,
 * what and which record stay as written; DELETE stays refused.
 */
export const RETENTION_AUDIT_SQL = [
  `CREATE FUNCTION audit_event_redacted(changes jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE WHEN changes IS NULL THEN NULL ELSE
       (SELECT coalesce(jsonb_agg(jsonb_build_object('field', c -> 'field', 'from', NULL, 'to', NULL) ORDER BY n), '[]'::jsonb)
          FROM jsonb_array_elements(changes) WITH ORDINALITY AS e (c, n)) END $$`,
  `CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' AND current_setting('mpa.retention', true) = 'anonymise'
        AND (NEW.id, NEW.at, NEW.actor, NEW.actor_name, NEW.actor_site, NEW.action, NEW.entity, NEW.entity_id, NEW.origin)
            IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor, OLD.actor_name, OLD.actor_site, OLD.action, OLD.entity, OLD.entity_id, OLD.origin)
        AND NEW.changes IS NOT DISTINCT FROM audit_event_redacted(OLD.changes)
        AND NEW.reason IS NOT DISTINCT FROM (CASE WHEN OLD.reason IS NULL THEN NULL ELSE '[anonymised]' END)
     THEN RETURN NEW; END IF;
     RAISE EXCEPTION 'audit_event is append-only';
   END $$`,
];
