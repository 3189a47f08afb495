package vn.bantin.model.procedure;

import vn.bantin.load.ParsedDocument;
import vn.bantin.model.FrontMatterReader;
import vn.bantin.problem.Problems;
import vn.bantin.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one procedure, from a Markdown file's front matter or a record of a bulk data file (both
 * have the same keys), into a {@link ProcedureDraft}, reporting each bad value with its line.
 */
final class ProcedureReader {
    /** The national database's codes, {@code 1.001193}, and local ones extending them ({@code 1.001193.000.00.00.H12}). */
    private static final Pattern CODE = Pattern.compile("\\d{1,2}\\.\\d{6}(\\.[0-9A-Za-z]+)*");
    private static final String CODE_HINT = "write the code (mã thủ tục) as in the national procedure database, e.g. code: \"1.001193\"";
    private static final String LEVELS = "cấp tỉnh, cấp huyện or cấp xã";
    private static final Pattern FIRST_HEADING = Pattern.compile("\\s*<h[1-6][^>]*>([^<]*)</h[1-6]>");

    private final ProcedureCatalog.Context context;
    private final Problems problems;

    ProcedureReader(ProcedureCatalog.Context context) {
        this.context = context;
        this.problems = context.problems();
    }

    /** The draft, or empty when the procedure has errors (all of them reported). */
    Optional<ProcedureDraft> read(ParsedDocument file) {
        int errorsBefore = problems.errorCount();
        FrontMatterReader header = new FrontMatterReader(file, problems);
        String code = header.required("code", CODE_HINT);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            header.error("code", "'" + code + "' is not a procedure code", CODE_HINT);
        }
        String title = header.required("title", "write the procedure's name, e.g. title: Đăng ký khai sinh");
        String field = header.required("field", "write its field (lĩnh vực), e.g. field: Hộ tịch");
        Level level = level(header);
        String agency = header.required("agency", "write who carries it out, e.g. agency: Ủy ban nhân dân cấp xã");
        List<Submission> submissions = submissions(file, header);
        List<RequiredDocument> documents = documents(file, header);
        String processingTime = header.text("processing_time");
        if (processingTime.isEmpty()
                && (submissions.isEmpty() || submissions.stream().anyMatch(s -> s.processingTime().isEmpty()))) {
            header.required("processing_time", "write how long it takes (thời hạn giải quyết), e.g. processing_time: "
                    + "03 ngày làm việc; or give a processing_time to every way in 'submission'");
        }
        String result = header.required("result", "write what the applicant receives, e.g. result: Giấy khai sinh (bản chính)");
        List<LegalBasis> legalBasis = legalBasis(file, header);
        OnlineService online = online(header);
        String onlineUrl = header.text("online_url");
        if (!onlineUrl.isEmpty() && !onlineUrl.startsWith("https://") && !onlineUrl.startsWith("http://")) {
            header.error("online_url", "'" + onlineUrl + "' is not a web address",
                    "write the full address of the online service, starting with https://");
        } else if (onlineUrl.isEmpty() && online.isOnline()) {
            header.warning("online", "the procedure is offered online but has no online_url",
                    "add online_url: the address of its page on the public-service portal, so readers can start it");
        }
        String replacedBy = header.text("replaced_by");
        ProcedureStatus status = status(header, replacedBy);
        String decision = header.text("decision");
        LocalDate updated = header.day("updated", header.required("updated",
                "write when its record was last updated, e.g. updated: 2026-03-15"), context.zone());
        List<String> tags = header.list("tags");
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ProcedureDraft(file, code, title, field, level, agency, header.text("applicants"),
                withoutStepsHeading(context.bodies().apply(file)), submissions, documents, processingTime, header.text("fees"), result,
                header.text("conditions"), legalBasis, online, onlineUrl, status, replacedBy, decision,
                decision.isEmpty() ? null : context.documentPage().find(decision, null).orElse(null), updated, tags));
    }

    /**
     * The steps without a first heading "Trình tự thực hiện": the page gives them that heading
     * already, and authors naturally start the body with it.
     */
    static String withoutStepsHeading(String html) {
        Matcher heading = FIRST_HEADING.matcher(html);
        if (heading.lookingAt() && VietnameseText.fold(heading.group(1)).strip().equals("trinh tu thuc hien")) {
            return html.substring(heading.end()).stripLeading();
        }
        return html;
    }

    private Level level(FrontMatterReader header) {
        String written = header.required("level", "write the level that carries it out: " + LEVELS);
        if (written.isEmpty()) {
            return Level.COMMUNE;
        }
        Optional<Level> level = Level.parse(written);
        if (level.isEmpty()) {
            header.error("level", "unknown level '" + written + "'", "use " + LEVELS);
        }
        return level.orElse(Level.COMMUNE);
    }

    private OnlineService online(FrontMatterReader header) {
        String written = header.text("online");
        if (written.isEmpty()) {
            return OnlineService.NONE;
        }
        Optional<OnlineService> online = OnlineService.parse(written);
        if (online.isEmpty()) {
            header.error("online", "unknown online-service level '" + written + "'",
                    "use online: full (toàn trình), partial (một phần) or none");
        }
        return online.orElse(OnlineService.NONE);
    }

    /** In force unless written otherwise; a {@code replaced_by} alone says it is replaced. */
    private ProcedureStatus status(FrontMatterReader header, String replacedBy) {
        String written = header.text("status");
        ProcedureStatus status = ProcedureStatus.IN_FORCE;
        if (written.isEmpty()) {
            status = replacedBy.isEmpty() ? ProcedureStatus.IN_FORCE : ProcedureStatus.REPLACED;
        } else {
            Optional<ProcedureStatus> parsed = ProcedureStatus.parse(written);
            if (parsed.isEmpty()) {
                header.error("status", "unknown status '" + written + "'", "use status: in-force, replaced or abolished");
            } else {
                status = parsed.get();
            }
        }
        if (status == ProcedureStatus.REPLACED && replacedBy.isEmpty()) {
            header.error("status", "a replaced procedure must say which procedure replaces it",
                    "add replaced_by: the code of the new procedure, e.g. replaced_by: \"1.001193\"");
        } else if (status != ProcedureStatus.REPLACED && !replacedBy.isEmpty()) {
            header.error("replaced_by", "the procedure is " + status.key() + " but names a replacement",
                    "write status: replaced, or remove replaced_by");
        }
        return status;
    }

    private List<Submission> submissions(ParsedDocument file, FrontMatterReader header) {
        List<Submission> submissions = new ArrayList<>();
        for (Map<String, String> item : items(file, header, "submission", "way")) {
            String written = item.getOrDefault("way", "");
            Optional<Submission.Way> way = Submission.Way.parse(written);
            if (way.isEmpty()) {
                header.error("submission", written.isEmpty() ? "a way of submitting has no 'way'"
                        : "unknown way of submitting '" + written + "'", "use way: trực tiếp, trực tuyến or dịch vụ bưu chính");
            } else if (submissions.stream().anyMatch(s -> s.way() == way.get())) {
                header.error("submission", "the way '" + way.get().label() + "' is given twice", "keep one");
            } else {
                submissions.add(new Submission(way.get(), item.getOrDefault("processing_time", ""),
                        item.getOrDefault("fee", "")));
            }
        }
        if (submissions.isEmpty() && !header.has("submission")) {
            header.required("submission", "list the ways to submit, e.g. submission: [{way: trực tiếp}]");
        }
        return List.copyOf(submissions);
    }

    private List<RequiredDocument> documents(ParsedDocument file, FrontMatterReader header) {
        List<RequiredDocument> documents = new ArrayList<>();
        for (Map<String, String> item : items(file, header, "documents", "name")) {
            String name = item.getOrDefault("name", "");
            if (name.isEmpty()) {
                header.error("documents", "a paper of the application file has no name",
                        "write name: what the paper is, e.g. name: Tờ khai đăng ký khai sinh theo mẫu");
                continue;
            }
            boolean counted = item.containsKey("originals") || item.containsKey("copies");
            documents.add(new RequiredDocument(name, count(header, item, "originals", counted ? 0 : 1),
                    count(header, item, "copies", 0)));
        }
        if (documents.isEmpty() && !header.has("documents")) {
            header.required("documents", "list the papers of the application file (thành phần hồ sơ), e.g. "
                    + "documents: [{name: Tờ khai theo mẫu, originals: 1, copies: 0}]");
        }
        return List.copyOf(documents);
    }

    private static int count(FrontMatterReader header, Map<String, String> item, String key, int fallback) {
        String written = item.getOrDefault(key, "");
        if (written.isEmpty()) {
            return fallback;
        }
        try {
            int count = Integer.parseInt(written);
            if (count >= 0 && count < 100) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        header.error("documents", "'" + key + "' of '" + item.get("name") + "' must be a number of papers, not '"
                + written + "'", "write a whole number, e.g. " + key + ": 1");
        return fallback;
    }

    private List<LegalBasis> legalBasis(ParsedDocument file, FrontMatterReader header) {
        List<LegalBasis> basis = new ArrayList<>();
        for (Map<String, String> item : items(file, header, "legal_basis", "number")) {
            String number = item.getOrDefault("number", "");
            String title = item.getOrDefault("title", "");
            if (number.isEmpty() && title.isEmpty()) {
                header.error("legal_basis", "an item of 'legal_basis' has neither number nor title",
                        "write number: 60/2014/QH13 and title: Luật Hộ tịch");
                continue;
            }
            LocalDate date = item.containsKey("date") ? header.day("legal_basis", item.get("date"), context.zone()) : null;
            String url = number.isEmpty() ? null : context.documentPage().find(number, date).orElse(null);
            basis.add(new LegalBasis(number, title, date, url));
        }
        return List.copyOf(basis);
    }

    /**
     * The items of a list of maps, each value as text. A plain text item is read as the value of
     * {@code mainKey} ({@code - trực tiếp} for a way); anything else is reported.
     */
    private static List<Map<String, String>> items(ParsedDocument file, FrontMatterReader header, String key,
                                                   String mainKey) {
        Object value = file.header().values().get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            header.error(key, "'" + key + "' must be a list, one item per line starting with '- '",
                    "write " + key + ":\n  - " + mainKey + ": …");
            return List.of();
        }
        List<Map<String, String>> items = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String text) {
                items.add(Map.of(mainKey, text.strip()));
            } else if (item instanceof Map<?, ?> map) {
                Map<String, String> texts = new java.util.LinkedHashMap<>();
                map.forEach((k, v) -> {
                    if (v instanceof String text && !text.isBlank()) {
                        texts.put(String.valueOf(k), text.strip());
                    } else if (v != null && !(v instanceof String)) {
                        header.error(key, "'" + k + "' in an item of '" + key + "' must be a single text value",
                                "write " + k + ": value on one line");
                    }
                });
                items.add(texts);
            } else if (item != null) {
                header.error(key, "an item of '" + key + "' is a list inside a list", "write each item as " + mainKey + ": …");
            }
        }
        return items;
    }
}
