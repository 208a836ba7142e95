# Table data: canonical COPY text, per-engine readers and writers, chunking,
# consistent snapshots, size estimates and content checksums (docs/data-format.md).
target_sources(sluice_engine PRIVATE
    data/canonicalformat.cpp data/canonicalformat.h
    data/chunkplanner.cpp data/chunkplanner.h
    data/chunkrange.cpp data/chunkrange.h
    data/datasession.cpp data/datasession.h
    data/infiletranslator.cpp data/infiletranslator.h
    data/mariadbinsertbuilder.cpp data/mariadbinsertbuilder.h
    data/mariadbtablewriter.cpp data/mariadbtablewriter.h
    data/mariadbtablereader.cpp data/mariadbtablereader.h
    data/nativehandle.cpp data/nativehandle.h
    data/pgbinaryencoder.cpp data/pgbinaryencoder.h
    data/pgbinaryvalue.cpp data/pgbinaryvalue.h
    data/postgrestablereader.cpp data/postgrestablereader.h
    data/postgrestablewriter.cpp data/postgrestablewriter.h
    data/readrequest.h
    data/rowsplitter.h
    data/selectbuilder.cpp data/selectbuilder.h
    data/sinkbuffer.h
    data/snapshot.h
    data/snapshotcoordinator.cpp data/snapshotcoordinator.h
    data/sqlitetablereader.cpp data/sqlitetablereader.h
    data/sqlitetablewriter.cpp data/sqlitetablewriter.h
    data/tablechecksum.cpp data/tablechecksum.h
    data/tableestimate.h
    data/tableestimator.cpp data/tableestimator.h
    data/tablereader.cpp data/tablereader.h
    data/tablewriter.cpp data/tablewriter.h
    data/typefamily.cpp data/typefamily.h
    data/writerequest.h)

# The bulk paths use the C clients behind the Qt SQL drivers (the same libraries
# the Debian Qt plugins load): libpq COPY, libmariadb unbuffered results and
# LOAD DATA LOCAL, SQLite's statement API.
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(LIBMARIADB REQUIRED IMPORTED_TARGET libmariadb)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
# Content checksums (XXH3-128).
pkg_check_modules(DATA_XXHASH REQUIRED IMPORTED_TARGET libxxhash)
target_link_libraries(sluice_engine PRIVATE
    PkgConfig::LIBPQ PkgConfig::LIBMARIADB PkgConfig::SQLITE3 PkgConfig::DATA_XXHASH)
