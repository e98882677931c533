package org.exportlicence.it.roles;

/** A piece of test code to run under a role (see AsEnterprise and the others). */
@FunctionalInterface
public interface Action<T> {
    T run() throws Exception;
}
