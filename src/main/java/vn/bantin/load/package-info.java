/** Load stage: content files to parsed documents (header + safe HTML body), through JBake's parser SPI. */
package vn.bantin.load;
