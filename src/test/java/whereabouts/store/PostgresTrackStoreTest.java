package whereabouts.store;

/** The store contract on PostgreSQL + PostGIS (the cluster .ci/test starts; a new database per test). */
class PostgresTrackStoreTest extends TrackStoreContract {
    @Override
    TrackStore openEmptyStore() {
        return JdbcTrackStore.open(TestDatabases.freshPostgres(), null, null);
    }
}
