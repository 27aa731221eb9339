package dev.mfck.reference.media;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Makes the clips the kit's scenarios play, with FFmpegFrameRecorder, deterministically: a
 * moving test pattern and a sine tone, encoded with bit-exact flags so that a second run gives
 * the same streams. Each file is checked after writing (codec, streams, duration), since an
 * unknown codec name silently falls back to a default.
 *
 * <p>Run: {@code mvn -f reference-impl exec:java -Dexec.mainClass=dev.mfck.reference.media.ClipGenerator
 * -Dexec.args=src/main/resources/mfck/clips} (the path is relative to the repository root).
 */
public final class ClipGenerator {

    /** What one clip is made of. */
    record ClipSpec(String fileName, int width, int height, double seconds, int videoBitrate, boolean noise,
                    boolean video, boolean audio) {
    }

    static final List<ClipSpec> CLIPS = List.of(
            new ClipSpec("av-short.mp4", 320, 240, 1.0, 300_000, false, true, true),
            new ClipSpec("av-long.mp4", 320, 240, 8.0, 300_000, false, true, true),
            new ClipSpec("av-heavy.mp4", 1920, 1080, 3.0, 4_000_000, true, true, true),
            new ClipSpec("audio-only.wav", 0, 0, 2.0, 0, false, false, true),
            new ClipSpec("video-only.mp4", 320, 240, 3.0, 300_000, false, true, false));

    static final int FRAME_RATE = 25;
    static final int SAMPLE_RATE = 44_100;
    static final int AUDIO_FRAME = 1024;

    private ClipGenerator() {
    }

    /**
     * @param args the folder to write the clips into
     * @throws IOException when a clip cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/mfck/clips");
        Files.createDirectories(folder);
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        for (ClipSpec spec : CLIPS) {
            Path file = folder.resolve(spec.fileName());
            write(spec, file);
            System.out.println(describe(file) + ", " + Files.size(file) + " bytes");
        }
    }

    static void write(ClipSpec spec, Path file) throws IOException {
        try (FFmpegFrameRecorder recorder = spec.video()
                ? new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), spec.audio() ? 2 : 0)
                : new FFmpegFrameRecorder(file.toFile(), 1)) {
            configure(recorder, spec);
            recorder.start();
            int frames = (int) Math.round(spec.seconds() * FRAME_RATE);
            int audioFrames = spec.audio() ? (int) Math.ceil(spec.seconds() * SAMPLE_RATE / AUDIO_FRAME) : 0;
            int channels = spec.video() ? 2 : 1;
            Random noise = new Random(42);
            int audioDone = 0;
            for (int f = 0; f < Math.max(frames, spec.video() ? 0 : 1); f++) {
                if (spec.video()) {
                    recorder.record(pattern(spec, f, noise));
                }
                int audioDue = spec.video() ? (int) Math.min(audioFrames, Math.ceil((f + 1) * (double) audioFrames / frames)) : audioFrames;
                for (; audioDone < audioDue; audioDone++) {
                    recorder.recordSamples(SAMPLE_RATE, channels, tone(audioDone, channels));
                }
            }
            recorder.stop();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        verify(spec, file);
    }

    private static void configure(FFmpegFrameRecorder recorder, ClipSpec spec) {
        recorder.setOption("fflags", "+bitexact");
        recorder.setAudioOption("flags", "+bitexact");
        recorder.setMetadata("encoder", "mfck ClipGenerator");
        if (spec.video()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setVideoOption("flags", "+bitexact");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(FRAME_RATE);
            recorder.setGopSize(FRAME_RATE);
            recorder.setVideoBitrate(spec.videoBitrate());
            if (spec.audio()) {
                recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                recorder.setAudioBitrate(96_000);
                recorder.setAudioChannels(2);
            }
        } else {
            recorder.setFormat("wav");
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_PCM_S16LE);
            recorder.setAudioChannels(1);
        }
        recorder.setSampleRate(SAMPLE_RATE);
    }

    /** A moving gradient with a frame counter bar; with noise, large random blocks that are costly to decode. */
    private static Frame pattern(ClipSpec spec, int frameNumber, Random noise) {
        Frame frame = new Frame(spec.width(), spec.height(), Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < spec.height(); y++) {
            for (int x = 0; x < spec.width(); x++) {
                int at = y * stride + x * 3;
                int grain = spec.noise() && ((x / 16 + y / 16 + frameNumber) % 5 == 0) ? noise.nextInt(24) : 0;
                pixels.put(at, (byte) ((x + frameNumber * 4) + grain));
                pixels.put(at + 1, (byte) ((y + frameNumber * 2) + grain));
                pixels.put(at + 2, (byte) (x < (frameNumber * spec.width() / FRAME_RATE) % spec.width() ? 255 : 0));
            }
        }
        return frame;
    }

    /** 440 Hz, a quarter of full scale. */
    private static ShortBuffer tone(int audioFrame, int channels) {
        ShortBuffer samples = ShortBuffer.allocate(AUDIO_FRAME * channels);
        for (int i = 0; i < AUDIO_FRAME; i++) {
            double t = (audioFrame * (double) AUDIO_FRAME + i) / SAMPLE_RATE;
            short value = (short) (Math.sin(2 * Math.PI * 440 * t) * 8192);
            for (int c = 0; c < channels; c++) {
                samples.put(value);
            }
        }
        samples.flip();
        return samples;
    }

    private static void verify(ClipSpec spec, Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            String audio = grabber.getAudioCodecName();
            String expectedAudio = !spec.audio() ? null : spec.video() ? "aac" : "pcm_s16le";
            if (!Objects.equals(expectedAudio, audio) || !spec.audio() && grabber.hasAudio()) {
                throw new IOException(file + ": audio codec is " + audio + ", expected " + expectedAudio);
            }
            if (spec.video() && !"mpeg4".equals(grabber.getVideoCodecName())) {
                throw new IOException(file + ": video codec is " + grabber.getVideoCodecName() + ", expected mpeg4");
            }
            double seconds = grabber.getLengthInTime() / 1e6;
            if (Math.abs(seconds - spec.seconds()) > 0.1) {
                throw new IOException(file + ": lasts " + seconds + " s, expected " + spec.seconds());
            }
            grabber.stop();
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new IOException("cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    static String describe(Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            String text = String.format("%s: %s %dx%d, %s %d Hz x%d, %.3f s", file.getFileName(),
                    grabber.getVideoCodecName(), grabber.getImageWidth(), grabber.getImageHeight(),
                    grabber.getAudioCodecName(), grabber.getSampleRate(), grabber.getAudioChannels(),
                    grabber.getLengthInTime() / 1e6);
            grabber.stop();
            return text;
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new IOException(e);
        }
    }
}
