/** Write stage: the finished site into the output folder, through a staging folder and a swap. */
package vn.bantin.write;
