-- Who is in a war room's channel, as Slack tells it (invites it confirmed, membership
-- events, a full read of the channel's members): a private incident is visible only to
-- them. room_changed_at orders what Slack said, so an older event never undoes a newer one.
ALTER TABLE incident_member
  ADD COLUMN in_room BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN room_changed_at TIMESTAMP(6) NULL;

-- until Slack is asked, those Violet invited or who acted in the room count as in it
UPDATE incident_member SET in_room = TRUE WHERE invite IN ('INVITED', 'JOINED');

CREATE INDEX incident_member_by_user ON incident_member (user_id);
