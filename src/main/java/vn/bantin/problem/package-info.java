/**
 * Problems in the input, with file, line, cause and hint, collected across a whole bake; and work
 * done on other threads, what it threw thrown again as it was ({@link vn.bantin.problem.Joined},
 * {@link vn.bantin.problem.ParallelWork}).
 */
package vn.bantin.problem;
