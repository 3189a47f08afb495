/** Documents (văn bản, kế hoạch): their typed records, the registry and the links between them and the articles. */
package vn.bantin.model.document;
