alter table versions
    drop column has_lib,
    drop column bin_names;
