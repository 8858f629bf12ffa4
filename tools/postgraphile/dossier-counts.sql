-- What PostGraphile needs to answer the dossier counts per department and quarter (it has no aggregates of its own):
-- a function in a schema of its own, exposed as the query field dossierCounts. It reads the quarterly summary the
-- application keeps (DOSSIER_UNIT_QUARTER_SUMMARY), as the API's dossierStatistics does, and sums it over each
-- subtree root's units: for each unit of kind subtree_kind within the unit `within`, every unit at or below it (and
-- within `within`), per quarter from (from_year, from_quarter) through (to_year, to_quarter). The measures and rates
-- are those of DossierCounts (domain); a rate is null where its denominator is 0, as the API leaves it out.
-- Applied by run.sh; it changes nothing of the application's schema (public) and can be dropped with the schema.
create schema if not exists cchc_postgraphile;

drop function if exists cchc_postgraphile.dossier_counts(text, text, int, int, int, int);
drop type if exists cchc_postgraphile.dossier_count;

create type cchc_postgraphile.dossier_count as (
    period_year int,
    period_number int,
    period_label text,
    subtree_code text,
    subtree_short_name text,
    carried_over int,
    received int,
    to_process int,
    resolved int,
    resolved_early int,
    resolved_on_time int,
    resolved_late int,
    returned int,
    withdrawn int,
    in_progress int,
    in_progress_not_due int,
    in_progress_overdue int,
    online int,
    on_time_numerator int,
    on_time_denominator int,
    on_time_percent double precision,
    online_numerator int,
    online_denominator int,
    online_percent double precision,
    late_numerator int,
    late_denominator int,
    late_percent double precision
);

create function cchc_postgraphile.dossier_counts(within text, subtree_kind text, from_year int, from_quarter int,
        to_year int, to_quarter int)
    returns setof cchc_postgraphile.dossier_count
    language sql stable
as $$
    with w as (select tree_path from public.unit where code = within),
    roots as (
        select g.code, g.short_name, g.tree_path from public.unit g, w
        where g.kind = subtree_kind and g.tree_path like w.tree_path || '%'
    ),
    sums as (
        select s.period_year, s.period_number, r.code, r.short_name,
            sum(s.carried_over) as carried_over, sum(s.received) as received,
            sum(s.resolved_early) as resolved_early, sum(s.resolved_on_time) as resolved_on_time,
            sum(s.resolved_late) as resolved_late, sum(s.returned) as returned, sum(s.withdrawn) as withdrawn,
            sum(s.in_progress_not_due) as in_progress_not_due, sum(s.in_progress_overdue) as in_progress_overdue,
            sum(s.online_received) as online
        from roots r
        join public.unit u on u.tree_path like r.tree_path || '%'
        join w on u.tree_path like w.tree_path || '%'
        join public.dossier_unit_quarter_summary s on s.unit_id = u.id and s.period_type = 'QUARTER'
        where (s.period_year * 4 + s.period_number) between (from_year * 4 + from_quarter) and (to_year * 4 + to_quarter)
        group by s.period_year, s.period_number, r.code, r.short_name
    )
    select period_year, period_number, 'quý ' || (array['I', 'II', 'III', 'IV'])[period_number] || ' năm ' || period_year, code, short_name,
        carried_over::int, received::int, (carried_over + received)::int,
        (resolved_early + resolved_on_time + resolved_late)::int,
        resolved_early::int, resolved_on_time::int, resolved_late::int, returned::int, withdrawn::int,
        (in_progress_not_due + in_progress_overdue)::int, in_progress_not_due::int, in_progress_overdue::int,
        online::int,
        (resolved_early + resolved_on_time)::int, (resolved_early + resolved_on_time + resolved_late)::int,
        100.0 * (resolved_early + resolved_on_time) / nullif(resolved_early + resolved_on_time + resolved_late, 0),
        online::int, received::int, 100.0 * online / nullif(received, 0),
        (resolved_late + in_progress_overdue)::int, (carried_over + received)::int,
        100.0 * (resolved_late + in_progress_overdue) / nullif(carried_over + received, 0)
    from sums
    order by period_year, period_number, code
$$;

comment on function cchc_postgraphile.dossier_counts(text, text, int, int, int, int) is
    'Dossier counts per subtree (each unit of kind subtree_kind within the unit `within`) and quarter, from the quarterly summary.';
