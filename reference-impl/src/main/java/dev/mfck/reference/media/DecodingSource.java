package dev.mfck.reference.media;

import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A clip opened for decoding: FFmpeg's demuxer and a decoder per stream, behind javacv's
 * grabber. Not thread-safe, by design: one thread opens it, decodes from it and closes it, and
 * the samples it returns are valid only on that thread until the next call.
 */
public final class DecodingSource implements AutoCloseable {

    private final FFmpegFrameGrabber grabber;
    private final Map<Integer, MajorType> streams;
    private final long videoFrameDuration;
    private ByteBuffer audioBytes = ByteBuffer.allocate(0);

    private DecodingSource(FFmpegFrameGrabber grabber, Map<Integer, MajorType> streams) {
        this.grabber = grabber;
        this.streams = streams;
        double rate = grabber.getFrameRate();
        this.videoFrameDuration = rate > 0 ? Math.round(1e7 / rate) : 0;
    }

    static {
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    /**
     * Opens a clip: demuxer, stream probe and decoders.
     *
     * @param file the media file
     * @return the opened source
     * @throws SourceOpenFailure with MF_E_TOPO_MISSING_SOURCE for a missing or empty file,
     *                           MF_E_TOPO_CODEC_NOT_FOUND when a stream has no decoder, and
     *                           MF_E_TOPO_UNSUPPORTED for anything FFmpeg cannot read as media
     */
    public static DecodingSource open(Path file) throws SourceOpenFailure {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new SourceOpenFailure(HResult.MF_E_TOPO_MISSING_SOURCE, file + " is missing or empty", null);
            }
        } catch (IOException e) {
            throw new SourceOpenFailure(HResult.MF_E_TOPO_MISSING_SOURCE, file + " cannot be read: " + e, e);
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        try {
            grabber.startUnsafe(); // start() would hold one JVM-wide lock: see closeQuietly
            Map<Integer, MajorType> streams = streamsOf(grabber);
            if (streams.isEmpty()) {
                throw new SourceOpenFailure(HResult.MF_E_TOPO_UNSUPPORTED, file + " has no audio or video stream", null);
            }
            if (streams.containsValue(MajorType.VIDEO) && grabber.getVideoCodecName() == null
                    || streams.containsValue(MajorType.AUDIO) && grabber.getAudioCodecName() == null) {
                throw new SourceOpenFailure(HResult.MF_E_TOPO_CODEC_NOT_FOUND, file + ": a stream has no decoder", null);
            }
            return new DecodingSource(grabber, streams);
        } catch (SourceOpenFailure failure) {
            closeQuietly(grabber);
            throw failure;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            String message = String.valueOf(e.getMessage());
            HResult hr = message.contains("decoder") || message.contains("codec")
                    ? HResult.MF_E_TOPO_CODEC_NOT_FOUND : HResult.MF_E_TOPO_UNSUPPORTED;
            throw new SourceOpenFailure(hr, file + " cannot be opened as media: " + message, e);
        }
    }

    private static Map<Integer, MajorType> streamsOf(FFmpegFrameGrabber grabber) {
        Map<Integer, MajorType> streams = new TreeMap<>();
        AVFormatContext context = grabber.getFormatContext();
        for (int i = 0; i < context.nb_streams(); i++) {
            int type = context.streams(i).codecpar().codec_type();
            if (type == avutil.AVMEDIA_TYPE_VIDEO && grabber.hasVideo()) {
                streams.put(i, MajorType.VIDEO);
            } else if (type == avutil.AVMEDIA_TYPE_AUDIO && grabber.hasAudio()) {
                streams.put(i, MajorType.AUDIO);
            }
        }
        return streams;
    }

    /** @return the streams this source decodes, by container index */
    public Map<Integer, MajorType> streams() {
        return streams;
    }

    /**
     * @param majorType audio or video
     * @return the decoder's codec name for that kind of stream, or null
     */
    public String codecName(MajorType majorType) {
        return majorType == MajorType.VIDEO ? grabber.getVideoCodecName() : grabber.getAudioCodecName();
    }

    /** @return the clip's duration, in 100-ns units */
    public long duration() {
        return grabber.getLengthInTime() * 10;
    }

    /**
     * Decodes the next sample.
     *
     * @return the sample, or null at the end of the stream
     * @throws IOException when decoding fails
     */
    public DecodedSample next() throws IOException {
        while (true) {
            Frame frame = grabber.grabFrame(true, true, true, false, false);
            if (frame == null) {
                return null;
            }
            DecodedSample sample = toSample(frame);
            if (sample != null) {
                return sample;
            }
        }
    }

    /**
     * Moves to a presentation time: the next sample decoded is the first at or after it.
     *
     * @param time the position, in 100-ns units
     * @throws IOException when seeking fails
     */
    public void seek(long time) throws IOException {
        grabber.setTimestamp(time / 10);
    }

    private DecodedSample toSample(Frame frame) {
        long time = frame.timestamp * 10;
        if (frame.image != null && frame.image[0] instanceof ByteBuffer pixels) {
            return new DecodedSample(frame.streamIndex, MajorType.VIDEO, time, videoFrameDuration, pixels.duplicate());
        }
        if (frame.samples != null && frame.samples[0] instanceof ShortBuffer pcm) {
            int channels = Math.max(1, frame.audioChannels);
            int count = pcm.remaining() / channels;
            long duration = frame.sampleRate > 0 ? count * 10_000_000L / frame.sampleRate : 0;
            return new DecodedSample(frame.streamIndex, MajorType.AUDIO, time, duration, bytesOf(pcm));
        }
        return null;
    }

    private ByteBuffer bytesOf(ShortBuffer pcm) {
        int size = pcm.remaining() * Short.BYTES;
        if (audioBytes.capacity() < size) {
            audioBytes = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
        audioBytes.clear();
        audioBytes.asShortBuffer().put(pcm.duplicate());
        audioBytes.limit(size);
        return audioBytes.duplicate();
    }

    /** Closes the decoders and the demuxer, and frees their native memory. */
    @Override
    public void close() {
        closeQuietly(grabber);
    }

    /**
     * Frees the grabber without javacv's JVM-wide lock: {@code start()} and {@code close()} hold
     * one lock for every grabber of the process (from FFmpeg's days of a non-thread-safe
     * avcodec_open2), so with many sessions in one JVM a Shutdown waited behind other sessions'
     * file probes. FFmpeg has opened and closed codecs thread-safely since 4.0; what the source
     * keeps is its own, used by one thread.
     */
    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.releaseUnsafe();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // closing a half-opened grabber can fail; its memory is released either way
        }
    }
}
