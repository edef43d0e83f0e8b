package org.creativeautomation.engine.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the studio database's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
