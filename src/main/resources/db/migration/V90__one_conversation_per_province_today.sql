-- The unit a province is today: the end of its successor links (Hà Giang of 2008 -> Tuyên Quang of 2025), the unit
-- itself when it has none. A conversation about an activity is with a province as it is today: an officer writes as
-- the 2025 unit while Hanoi answers the activity's partner of its own day (Hà Giang, or Điện Biên of 2008), and the
-- two must read as one conversation in both inboxes.
create function current_unit(kind text, unit bigint) returns bigint
    language sql stable parallel safe
as $$
    with recursive chain (id, successor_id) as (
        select m.id, m.successor_id from merger_links m where m.unit_kind = kind and m.id = unit
        union
        select m.id, m.successor_id from merger_links m join chain c on m.id = c.successor_id where m.unit_kind = kind
    )
    select id from chain where successor_id is null
$$;
