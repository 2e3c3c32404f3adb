package org.backendlab.model;

/** The kinds of request a client can send. */
public enum RequestKind {
    API_READ,
    API_WRITE,
    FILE_UPLOAD,
    FILE_DOWNLOAD,
    DB_DIRECT
}
