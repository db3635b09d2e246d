/** Small shared mechanisms: atomic file writes, hashing, JSON, the mll4j home directory. */
package io.mll4j.util;
