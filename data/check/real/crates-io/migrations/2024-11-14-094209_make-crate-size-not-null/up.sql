alter table versions
    alter column crate_size set not null;
