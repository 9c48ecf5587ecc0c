-- Reminders of an overdue activity or an expiring agreement are now kept once per deadline (the key ends with the
-- day), so a deadline moved and missed again is told again. Reminders already sent take their day now, so that
-- nobody is told a second time of the deadline they were already told of.
update notifications n set once_key = n.once_key || ':' || a.deadline
from activities a
where n.once_key = 'ACTIVITY_OVERDUE:' || a.id and a.deadline is not null;

update notifications n set once_key = n.once_key || ':' || a.valid_to
from agreements a
where n.once_key in ('AGREEMENT_EXPIRING_30:' || a.id, 'AGREEMENT_EXPIRING_90:' || a.id) and a.valid_to is not null;
