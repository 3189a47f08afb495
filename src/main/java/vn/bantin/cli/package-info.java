/** The command line: bake, check, new and serve; prints problems and a one-line summary. */
package vn.bantin.cli;
