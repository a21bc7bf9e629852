package org.dendrite.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel's five ZeroMQ sockets, bound to the ports of the connection file: shell and control
 * (requests), stdin, IOPub (broadcasts) and heartbeat.
 */
public final class KernelSockets implements AutoCloseable {

    private final ZContext context = new ZContext();
    public final ZMQ.Socket shell;
    public final ZMQ.Socket control;
    public final ZMQ.Socket stdin;
    public final ZMQ.Socket iopub;
    public final ZMQ.Socket heartbeat;

    public KernelSockets(ConnectionInfo info) {
        shell = bind(SocketType.ROUTER, info, info.shellPort());
        control = bind(SocketType.ROUTER, info, info.controlPort());
        stdin = bind(SocketType.ROUTER, info, info.stdinPort());
        iopub = bind(SocketType.PUB, info, info.iopubPort());
        heartbeat = bind(SocketType.REP, info, info.hbPort());
    }

    private ZMQ.Socket bind(SocketType type, ConnectionInfo info, int port) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        String address = info.address(port);
        if (!socket.bind(address)) {
            throw new IllegalStateException("Cannot bind " + type + " socket to " + address);
        }
        return socket;
    }

    /** Receives one multipart message; null when {@code wait} is false and none is queued. */
    public static List<byte[]> receive(ZMQ.Socket socket, boolean wait) {
        byte[] first = socket.recv(wait ? 0 : ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    /** Sends one multipart message. */
    public static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** Echoes heartbeat pings until the context closes. */
    public void echoHeartbeats() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] ping = heartbeat.recv(0);
                if (ping == null) {
                    return;
                }
                heartbeat.send(ping, 0);
            }
        } catch (RuntimeException closed) {
            // the context was closed at shutdown
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
