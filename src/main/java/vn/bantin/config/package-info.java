/** The site's configuration: jbake.properties read through jbake-core, typed for bantin. */
package vn.bantin.config;
