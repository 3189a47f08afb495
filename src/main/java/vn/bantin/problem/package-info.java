/** Problems in the input, with file, line, cause and hint, collected across a whole bake. */
package vn.bantin.problem;
