package org.dendrite.kernel;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dendrite.display.Display;
import org.dendrite.kernel.display.NotebookDisplay;
import org.dendrite.kernel.display.Renderers;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.io.StreamCapture;
import org.dendrite.kernel.magic.Magics;
import org.dendrite.kernel.maven.MavenResolver;
import org.dendrite.kernel.protocol.ConnectionInfo;
import org.dendrite.kernel.protocol.InvalidMessageException;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.KernelSockets;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;
import org.dendrite.kernel.protocol.MessageSigner;
import org.dendrite.kernel.protocol.WireCodec;
import org.dendrite.widgets.Comms;
import org.zeromq.ZMQ;

/**
 * A running kernel: binds the sockets of a connection file, answers shell requests on the main
 * thread and control requests (interrupt, shutdown) on their own, and sends all output through
 * IOPub. Cells run on the {@link EngineThread}.
 */
public final class Kernel {

    private static final long STREAM_FLUSH_MS = 30;
    /**
     * When, after start-up, an idle kernel says so on IOPub: a server's subscription made while
     * the kernel was starting may miss the status of its first requests (ZeroMQ drops what is
     * published before a subscriber has joined), and jupyter_server 1.23 then showed the kernel
     * as "starting" until its first cell.
     */
    private static final long[] IDLE_ANNOUNCEMENTS_S = {1, 2, 4};

    private final KernelSockets sockets;
    private final WireCodec codec;
    private final MessageFactory messages = new MessageFactory();
    private final IoPub iopub;
    private final StreamCapture stdout;
    private final StreamCapture stderr;
    private final EngineThread engine;
    private final Requests requests;
    private volatile boolean running = true;
    private final AtomicInteger handling = new AtomicInteger();

    private Kernel(ConnectionInfo connection, KernelConfig config) {
        Log.warn("Dendrite kernel starting on " + connection.address(connection.shellPort()));
        codec = new WireCodec(new MessageSigner(connection.signatureScheme(), connection.key()));
        sockets = new KernelSockets(connection);
        iopub = new IoPub(message -> KernelSockets.send(sockets.iopub, codec.encode(message)));
        stdout = new StreamCapture("stdout", iopub, messages);
        stderr = new StreamCapture("stderr", iopub, messages);
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream());
        Renderers renderers = new Renderers(config.chartsWithSvg());
        Display.setSink(new NotebookDisplay(renderers, iopub, messages, this::flushStreams));
        engine = new EngineThread(() -> new JShellEngine(config.classPath(), config.imports(), config.compilerOptions()));
        Magics magics = Magics.standard(MavenResolver.fromEnvironment(System.getenv()), config.classPath());
        CommRequests comms = new CommRequests(iopub, messages, engine);
        Comms.setChannel(comms.channel());
        requests = new Requests(this, messages, renderers, engine, magics, comms);
        for (String cell : config.startupCells()) {
            engine.submit(shell -> {
                if (magics.evaluate(shell, cell, 0) instanceof CellOutcome.Failure failure) {
                    Log.warn("A start-up cell failed (" + failure.error().name() + ": " + failure.error().message() + "):\n" + cell);
                }
            });
        }
    }

    /** Runs a kernel for {@code connectionFile} until a shutdown request. */
    public static void run(ConnectionInfo connection, KernelConfig config) {
        new Kernel(connection, config).serve();
    }

    private void serve() {
        daemon("dendrite-heartbeat", sockets::echoHeartbeats);
        daemon("dendrite-control", () -> serveSocket(sockets.control));
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dendrite-stream-flusher");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushStreams, STREAM_FLUSH_MS, STREAM_FLUSH_MS, TimeUnit.MILLISECONDS);
        for (long seconds : IDLE_ANNOUNCEMENTS_S) {
            flusher.schedule(this::announceIdle, seconds, TimeUnit.SECONDS);
        }
        serveSocket(sockets.shell);
    }

    private void serveSocket(ZMQ.Socket socket) {
        while (running) {
            List<byte[]> frames;
            try {
                frames = KernelSockets.receive(socket, true);
            } catch (RuntimeException closed) {
                return;
            }
            if (frames != null) {
                handle(frames, socket);
            }
        }
    }

    /** Decodes and answers one message; nothing a message does can end the loop. */
    void handle(List<byte[]> frames, ZMQ.Socket socket) {
        Message request;
        try {
            request = codec.decode(frames);
        } catch (InvalidMessageException e) {
            Log.warn("Rejected a message: " + e.getMessage());
            e.answerable().ifPresent(envelope -> requests.rejectMalformed(envelope, e.getMessage(),
                    reply -> KernelSockets.send(socket, codec.encode(reply))));
            return;
        }
        handling.incrementAndGet();
        publishStatus(request, "busy");
        Runnable idle = () -> {
            publishStatus(request, "idle");
            handling.decrementAndGet();
        };
        boolean handledLater = false;
        try {
            handledLater = requests.handle(request, reply -> KernelSockets.send(socket, codec.encode(reply)), idle);
        } catch (RuntimeException | Error e) {
            Log.warn("Failed to handle " + request.type(), e);
        } finally {
            if (!handledLater) {
                idle.run();
            }
        }
        if (!running) {
            exit();
        }
    }

    /**
     * After a failed cell with {@code stop_on_error}, before its reply: answers the shell requests
     * already queued, aborting every {@code execute_request} among them instead of running it.
     * Draining before the reply means no cell sent in answer to it can be aborted by mistake.
     */
    void abortQueuedExecutions() {
        requests.setAborting(true);
        try {
            List<byte[]> frames;
            while ((frames = KernelSockets.receive(sockets.shell, false)) != null) {
                handle(frames, sockets.shell);
            }
        } finally {
            requests.setAborting(false);
        }
    }

    void publish(Message message) {
        iopub.publish(message);
    }

    void flushStreams() {
        stdout.publish();
        stderr.publish();
    }

    /** Sends the output of the cell of {@code request}, with a notice if some of it was dropped. */
    void endCellOutput(Message request) {
        stdout.endCell(request);
        stderr.endCell(request);
    }

    /** Stops the running cell and ends the process once the shutdown request is answered. */
    void shutdown() {
        running = false;
        engine.interrupt();
    }

    /** Sends what is queued on IOPub, closes the sockets and ends the process. */
    private void exit() {
        try {
            iopub.drain(1000);
            sockets.close();
        } catch (InterruptedException | RuntimeException e) {
            Log.warn("Shutdown: " + e);
        }
        Runtime.getRuntime().halt(0);
    }

    /** Publishes "idle" unless a request is being handled (see {@link #IDLE_ANNOUNCEMENTS_S}). */
    private void announceIdle() {
        if (handling.get() == 0) {
            publishStatus(null, "idle");
        }
    }

    private void publishStatus(Message parent, String state) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        iopub.publish(messages.broadcast(parent, "status", content));
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
