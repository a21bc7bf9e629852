package org.dendrite.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Consumer;
import org.dendrite.Dendrite;
import org.dendrite.kernel.display.MimeBundle;
import org.dendrite.kernel.display.Renderers;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.io.CellContext;
import org.dendrite.kernel.magic.Magics;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;

/** Answers each request type of the Jupyter protocol; every request gets a reply. */
final class Requests {

    private final Kernel kernel;
    private final MessageFactory messages;
    private final Renderers renderers;
    private final EngineThread engine;
    private final Magics magics;
    private final CommRequests comms;
    private final History history = new History();
    private int executionCount;
    private boolean aborting;

    Requests(Kernel kernel, MessageFactory messages, Renderers renderers, EngineThread engine, Magics magics,
            CommRequests comms) {
        this.kernel = kernel;
        this.comms = comms;
        this.messages = messages;
        this.renderers = renderers;
        this.engine = engine;
        this.magics = magics;
    }

    /**
     * Answers {@code request} through {@code reply}; a request the handler chokes on gets an error
     * reply. Returns true when the request is handled later, on the engine thread, which then
     * runs {@code done} (comm messages); otherwise it is handled when this returns.
     */
    boolean handle(Message request, Consumer<Message> reply, Runnable done) {
        if (request.type().equals("comm_msg") || request.type().equals("comm_close")) {
            comms.handleLater(request, done);
            return true;
        }
        JsonObject content;
        try {
            content = answer(request);
        } catch (RuntimeException e) {
            content = error("BadRequest", "Cannot handle " + request.type() + ": " + e, List.of());
        }
        if (content != null) {
            reply.accept(messages.reply(request, replyType(request.type()), content));
        }
        return false;
    }

    /** Answers a correctly signed request whose body is not valid JSON with an error naming the problem. */
    void rejectMalformed(Message envelope, String problem, Consumer<Message> reply) {
        reply.accept(messages.reply(envelope, replyType(envelope.type()),
                error("MalformedMessage", "The " + envelope.type() + " was rejected: " + problem, List.of())));
    }

    /** The reply's content, or null for messages that get no reply (comm messages). */
    private JsonObject answer(Message request) {
        String type = request.type();
        return switch (type) {
            case "execute_request" -> execute(request);
            case "kernel_info_request" -> kernelInfo();
            case "complete_request" -> complete(request);
            case "inspect_request" -> inspect(request);
            case "is_complete_request" -> isComplete(request);
            case "history_request" -> history(request);
            case "comm_info_request" -> ok(json -> json.add("comms", comms.info(request)));
            case "interrupt_request" -> {
                engine.interrupt();
                magics.interrupt();
                yield ok(json -> { });
            }
            case "shutdown_request" -> {
                kernel.shutdown();
                yield ok(json -> json.addProperty("restart", request.flag("restart", false)));
            }
            case "comm_open" -> {
                if (!comms.openFromFrontEnd(request)) {
                    closeUnknownComm(request);
                }
                yield null;
            }
            case "input_reply" -> null;
            default -> error("UnknownMessageType", "Dendrite does not handle '" + type + "' messages", List.of());
        };
    }

    void setAborting(boolean aborting) {
        this.aborting = aborting;
    }

    private JsonObject execute(Message request) {
        String code = request.text("code", "");
        boolean silent = request.flag("silent", false);
        boolean storeHistory = !silent && request.flag("store_history", true);
        if (aborting) {
            JsonObject aborted = new JsonObject();
            aborted.addProperty("status", "aborted");
            aborted.addProperty("execution_count", executionCount);
            return aborted;
        }
        int count = storeHistory ? ++executionCount : executionCount;
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            kernel.publish(messages.broadcast(request, "execute_input", input));
        }
        if (storeHistory) {
            history.add(count, code);
        }
        CellOutcome outcome = runCell(request, code, count);
        kernel.endCellOutput(request);
        if (outcome instanceof CellOutcome.Failure failure) {
            CellError error = failure.error();
            kernel.publish(messages.broadcast(request, "error", errorContent(error)));
            if (request.flag("stop_on_error", true)) {
                kernel.abortQueuedExecutions();
            }
            JsonObject reply = errorContent(error);
            reply.addProperty("status", "error");
            reply.addProperty("execution_count", count);
            return reply;
        }
        CellOutcome.Success success = (CellOutcome.Success) outcome;
        if (success.hasValue() && !silent) {
            MimeBundle bundle = renderers.render(success.value());
            JsonObject result = new JsonObject();
            result.addProperty("execution_count", count);
            result.add("data", bundle.data());
            result.add("metadata", bundle.metadata());
            kernel.publish(messages.broadcast(request, "execute_result", result));
            if (storeHistory) {
                history.setOutput(count, bundle.plainText());
            }
        }
        return ok(json -> {
            json.addProperty("execution_count", count);
            json.add("payload", new JsonArray());
            json.add("user_expressions", new JsonObject());
        });
    }

    private CellOutcome runCell(Message request, String code, int count) {
        try {
            return engine.call(shell -> {
                CellContext.enter(request);
                return magics.evaluate(shell, code, count);
            });
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new CellOutcome.Failure(new CellError("KernelError", String.valueOf(cause.getMessage()),
                    List.of("The kernel could not run the cell: " + cause)));
        }
    }

    private JsonObject kernelInfo() {
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        language.addProperty("version", Runtime.version().toString());
        language.addProperty("mimetype", "text/x-java-source");
        language.addProperty("file_extension", ".jshell");
        language.addProperty("pygments_lexer", "java");
        language.addProperty("codemirror_mode", "text/x-java");
        language.addProperty("nbconvert_exporter", "script");
        JsonArray links = new JsonArray();
        JsonObject javadoc = new JsonObject();
        javadoc.addProperty("text", "Java API");
        javadoc.addProperty("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
        links.add(javadoc);
        return ok(json -> {
            json.addProperty("protocol_version", MessageFactory.PROTOCOL_VERSION);
            json.addProperty("implementation", "dendrite");
            json.addProperty("implementation_version", Dendrite.version());
            json.add("language_info", language);
            json.addProperty("banner", "Dendrite " + Dendrite.version() + ": Java " + Runtime.version()
                    + " with JShell. Deep learning for the classroom.");
            json.add("help_links", links);
            json.addProperty("debugger", false);
        });
    }

    private JsonObject complete(Message request) {
        String code = request.text("code", "");
        int cursor = CodePoints.toCharIndex(code, request.number("cursor_pos", code.length()));
        JShellEngine.Completion completion = magics.complete(code, cursor)
                .orElseGet(() -> engine.call(shell -> shell.complete(code, cursor)));
        return ok(json -> {
            JsonArray matches = new JsonArray();
            completion.matches().forEach(matches::add);
            json.add("matches", matches);
            json.addProperty("cursor_start", CodePoints.toCodePoint(code, completion.start()));
            json.addProperty("cursor_end", CodePoints.toCodePoint(code, completion.end()));
            json.add("metadata", new JsonObject());
        });
    }

    private JsonObject inspect(Message request) {
        String code = request.text("code", "");
        int cursor = CodePoints.toCharIndex(code, request.number("cursor_pos", code.length()));
        List<String> docs = engine.call(shell -> documentationAt(shell, code, cursor));
        return ok(json -> {
            JsonObject data = new JsonObject();
            if (!docs.isEmpty()) {
                data.addProperty("text/plain", String.join("\n\n", docs));
            }
            json.addProperty("found", !docs.isEmpty());
            json.add("data", data);
            json.add("metadata", new JsonObject());
        });
    }

    /**
     * The documentation of what is at {@code cursor}. JShell documents a method only when the
     * cursor follows its opening parenthesis ({@code Math.max(|}), while JupyterLab's inspector
     * and Shift+Tab ask with the cursor on the name ({@code Math.m|ax}, {@code Math.max|}): then
     * the name is read to its end and asked about as if its parenthesis followed.
     */
    private static List<String> documentationAt(JShellEngine shell, String code, int cursor) {
        List<String> docs = shell.documentation(code, cursor);
        if (!docs.isEmpty() || cursor == 0 || !Character.isJavaIdentifierPart(code.charAt(cursor - 1))) {
            return docs;
        }
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        boolean parenthesis = end < code.length() && code.charAt(end) == '(';
        String call = parenthesis ? code : code.substring(0, end) + "(" + code.substring(end);
        return shell.documentation(call, end + 1);
    }

    private JsonObject isComplete(Message request) {
        String code = request.text("code", "");
        String status = Magics.hasMagic(code) ? "complete" : engine.call(shell -> shell.completeness(code));
        JsonObject reply = new JsonObject();
        reply.addProperty("status", status);
        if (status.equals("incomplete")) {
            reply.addProperty("indent", "");
        }
        return reply;
    }

    private JsonObject history(Message request) {
        boolean output = request.flag("output", false);
        JsonArray found = switch (request.text("hist_access_type", "tail")) {
            case "range" -> history.range(request.number("session", 0), request.number("start", 0),
                    request.number("stop", 0), output);
            case "search" -> history.search(request.text("pattern", "*"), request.number("n", 0),
                    request.flag("unique", false), output);
            default -> history.tail(request.number("n", 10), output);
        };
        return ok(json -> json.add("history", found));
    }

    private void closeUnknownComm(Message request) {
        JsonObject close = new JsonObject();
        close.addProperty("comm_id", request.text("comm_id", ""));
        close.add("data", new JsonObject());
        kernel.publish(messages.broadcast(request, "comm_close", close));
    }

    private static JsonObject errorContent(CellError error) {
        JsonObject content = new JsonObject();
        content.addProperty("ename", error.name());
        content.addProperty("evalue", error.message());
        JsonArray traceback = new JsonArray();
        error.traceback().forEach(traceback::add);
        content.add("traceback", traceback);
        return content;
    }

    private static JsonObject error(String name, String message, List<String> traceback) {
        JsonObject content = errorContent(new CellError(name, message, traceback.isEmpty() ? List.of(name + ": " + message) : traceback));
        content.addProperty("status", "error");
        return content;
    }

    private static JsonObject ok(Consumer<JsonObject> fill) {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        fill.accept(content);
        return content;
    }

    private static String replyType(String requestType) {
        return requestType.endsWith("_request")
                ? requestType.substring(0, requestType.length() - "_request".length()) + "_reply"
                : requestType + "_reply";
    }
}
