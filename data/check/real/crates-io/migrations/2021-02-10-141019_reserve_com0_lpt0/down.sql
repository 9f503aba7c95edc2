DELETE FROM reserved_crate_names WHERE name IN ('com0', 'lpt0');
