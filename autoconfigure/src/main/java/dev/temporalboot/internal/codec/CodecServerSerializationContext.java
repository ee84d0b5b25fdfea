package dev.temporalboot.internal.codec;

import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.context.SerializationContext;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PayloadCodec} learns through {@link PayloadCodec#withContext} when the codec server
 * calls it: the namespace the Temporal UI or CLI named in the {@code X-Namespace} header.
 *
 * @param namespace the namespace, or null when the request named none
 */
record CodecServerSerializationContext(@Nullable String namespace)
    implements SerializationContext {}
