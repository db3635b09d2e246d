/** mll4j cli module. */
package io.mll4j.cli;
