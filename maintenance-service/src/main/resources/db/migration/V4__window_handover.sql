-- When a window takes over a hold that would have ended before it (outcome EXTENDED), what that hold was,
-- so that cancelling the window hands the PPC's maintenance back instead of ending it early.
ALTER TABLE maintenance_window_clouds
    ADD COLUMN previous_expires_at TIMESTAMP(6) NULL,
    ADD COLUMN previous_window_id  VARCHAR(64)  NULL;
