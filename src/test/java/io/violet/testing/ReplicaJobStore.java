package io.violet.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.quartz.SchedulerConfigException;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Spring's job store for one of several application contexts in this JVM that play
 * replicas of one cluster (same database, same scheduler name).
 * <p>
 * Spring registers a job store's connections in Quartz's JVM-wide
 * {@link DBConnectionManager} under the scheduler name. Replicas share that name (Quartz
 * clusters by it), so the last context started would take over everyone's registration:
 * the other schedulers would work on its pool, outside their own transactions, and fail
 * with "Connection is closed" as soon as Spring released a connection they still held.
 * Separate JVMs have separate registries; this store gets the same by registering its
 * connections under a name of its own. Locks and rows still use the shared scheduler
 * name, so the cluster is real.
 */
public class ReplicaJobStore extends LocalDataSourceJobStore {

	private static final AtomicInteger STORES = new AtomicInteger();

	@Override
	public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
		DataSource dataSource = SchedulerFactoryBean.getConfigTimeDataSource();
		DataSource nonTransactional = SchedulerFactoryBean.getConfigTimeNonTransactionalDataSource();
		super.initialize(loadHelper, signaler);
		if (dataSource == null) {
			return;
		}
		String own = getInstanceName() + ".replica-" + STORES.incrementAndGet();
		DBConnectionManager connections = DBConnectionManager.getInstance();
		// transactional: joins the Spring transaction of the caller, as the stock store
		// does; released by the stock store's closeConnection, which uses the same pool
		connections.addConnectionProvider(TX_DATA_SOURCE_PREFIX + own,
				new Provider(() -> DataSourceUtils.doGetConnection(dataSource)));
		DataSource plain = (nonTransactional != null) ? nonTransactional : dataSource;
		connections.addConnectionProvider(NON_TX_DATA_SOURCE_PREFIX + own, new Provider(plain::getConnection));
		setDataSource(TX_DATA_SOURCE_PREFIX + own);
		setNonManagedTXDataSource(NON_TX_DATA_SOURCE_PREFIX + own);
	}

	private record Provider(Source source) implements ConnectionProvider {

		@Override
		public Connection getConnection() throws SQLException {
			return this.source.get();
		}

		@Override
		public void shutdown() {
			// the pool belongs to the application context
		}

		@Override
		public void initialize() {
		}

	}

	@FunctionalInterface
	private interface Source {

		Connection get() throws SQLException;

	}

}
