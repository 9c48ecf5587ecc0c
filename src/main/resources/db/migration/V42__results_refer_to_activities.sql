-- A yearly result may name the activity it comes from; such an activity can no longer be deleted.
alter table yearly_results add column activity_id bigint references activities (id);
create index yearly_results_activity_idx on yearly_results (activity_id);
