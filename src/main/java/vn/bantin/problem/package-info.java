/**
 * Problems in the input, with file, line, cause and hint, collected across a whole bake; and what
 * work done on other threads threw, thrown again as it was ({@link vn.bantin.problem.Joined}).
 */
package vn.bantin.problem;
