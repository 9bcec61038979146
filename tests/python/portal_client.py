#!/usr/bin/env python3
"""A job-portal back-end in Python, talking to a running kohtaanto server over gRPC.

This is what a regional job-market site would do: generate client stubs from the
contract in proto/ with grpcio-tools, upload job postings and a jobseeker profile,
ask for the best postings for the jobseeker, the skills keeping them from the near misses
(SkillGaps), the k-anonymised market gaps, and read the standard health service.
Every step checks what it gets back; any failure ends the script with a non-zero
exit code and a message on stderr.

Usage:
    python portal_client.py --address 127.0.0.1:50051 [--proto-dir DIR] [--stubs-dir DIR]

Needs: grpcio, grpcio-tools, grpcio-health-checking (the end-to-end test pins versions).
The last line printed on success starts with "portal client OK:".
"""

import argparse
import glob
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PROTO_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "proto"))


class CheckFailed(Exception):
    """A response was not what the portal expects."""


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def generate_stubs(proto_dir, out_dir):
    """Compile proto/kohtaanto/v1/*.proto into Python modules under out_dir."""
    import grpc_tools
    from grpc_tools import protoc

    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    files = sorted(glob.glob(os.path.join(proto_dir, "kohtaanto", "v1", "*.proto")))
    check(files, f"no .proto files under {proto_dir}/kohtaanto/v1")
    args = [
        "grpc_tools.protoc",
        f"-I{proto_dir}",
        f"-I{well_known}",
        f"--python_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        *files,
    ]
    code = protoc.main(args)
    check(code == 0, f"grpc_tools.protoc failed with exit code {code}")
    sys.path.insert(0, out_dir)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--address", required=True, help="host:port of the kohtaanto server")
    parser.add_argument("--proto-dir", default=DEFAULT_PROTO_DIR, help="directory holding kohtaanto/v1/*.proto")
    parser.add_argument("--stubs-dir", help="where to generate the stubs (default: a temporary directory)")
    args = parser.parse_args()

    stubs_dir = args.stubs_dir or tempfile.mkdtemp(prefix="kohtaanto-stubs-")
    os.makedirs(stubs_dir, exist_ok=True)
    generate_stubs(args.proto_dir, stubs_dir)

    import grpc
    from google.protobuf.timestamp_pb2 import Timestamp
    from grpc_health.v1 import health_pb2, health_pb2_grpc
    from kohtaanto.v1 import common_pb2 as common
    from kohtaanto.v1 import job_postings_pb2 as postings
    from kohtaanto.v1 import job_postings_pb2_grpc as postings_grpc
    from kohtaanto.v1 import jobseeker_profiles_pb2 as profiles
    from kohtaanto.v1 import jobseeker_profiles_pb2_grpc as profiles_grpc
    from kohtaanto.v1 import matching_pb2 as matching
    from kohtaanto.v1 import matching_pb2_grpc as matching_grpc

    channel = grpc.insecure_channel(args.address)
    grpc.channel_ready_future(channel).result(timeout=15)
    deadline = 30  # seconds, per call

    # Health, as a load balancer or grpc_health_probe would ask.
    health = health_pb2_grpc.HealthStub(channel)
    status = health.Check(health_pb2.HealthCheckRequest(service=""), timeout=deadline).status
    check(status == health_pb2.HealthCheckResponse.SERVING, f"health status {status}")
    print("health: SERVING")

    def requirement(skill, importance=common.IMPORTANCE_REQUIRED, min_level=None):
        req = postings.Requirement(skill=skill, importance=importance, provenance=common.PROVENANCE_EXPLICIT)
        if min_level is not None:
            req.min_level = min_level
        return req

    def posting(posting_id, title, requirements, seconds, region="Uusimaa", description=""):
        return postings.JobPosting(
            id=posting_id,
            title=title,
            description=description,
            employer="Portaali Oy",
            municipality_code="091",
            region=region,
            work_mode=common.WORK_MODE_HYBRID,
            languages=[common.LanguageLevel(language="fi", level=common.CEFR_LEVEL_B2)],
            requirements=requirements,
            posted_at=Timestamp(seconds=seconds, nanos=250_000_000),
            expires_at=Timestamp(seconds=4_102_444_800),
            source="python-portal",
            url=f"https://portal.example/jobs/{posting_id}",
        )

    batch = [
        posting("py-backend", "Backend-kehittäjä", [requirement("python", min_level=3), requirement("postgresql")], 1_780_300_800),
        posting(
            "py-data",
            "Data engineer",
            [requirement("python"), requirement("spark"), requirement("kubernetes", common.IMPORTANCE_NICE_TO_HAVE)],
            1_780_300_900,
        ),
        posting("py-frontend", "Frontend developer", [requirement("typescript"), requirement("react")], 1_780_301_000),
        posting("py-broken", "", [requirement("python")], 1_780_301_100),
    ]
    response = postings_grpc.JobPostingsStub(channel).UpsertJobPostings(
        postings.UpsertJobPostingsRequest(job_postings=batch), timeout=deadline
    )
    codes = [result.code for result in response.results]
    check(codes == [0, 0, 0, 3], f"per-item codes {codes}")
    rejected = response.results[3]
    check(rejected.field == "job_postings[3].title", f"rejected field {rejected.field!r}")
    check((response.upserted_count, response.rejected_count) == (3, 1), f"counts {response}")
    print(f"upserted postings: {response.upserted_count} stored, {response.rejected_count} rejected ({rejected.field})")

    stored = postings_grpc.JobPostingsStub(channel).GetJobPosting(
        postings.GetJobPostingRequest(id="py-backend"), timeout=deadline
    )
    check(stored.posted_at.nanos == 250_000_000, f"posted_at {stored.posted_at}")
    check([r.skill for r in stored.requirements] == ["python", "postgresql"], f"requirements {stored.requirements}")
    check(stored.languages[0].level == common.CEFR_LEVEL_B2, f"languages {stored.languages}")

    person = profiles.JobseekerProfile(
        id="portal-person-1",
        coach_id="portal-coach",
        skills=[
            profiles.ProfileSkill(skill="python", level=4, last_used_year=2025),
            profiles.ProfileSkill(skill="postgresql", level=3),
            profiles.ProfileSkill(skill="kubernetes", level=2),
        ],
        summary="Kokemusta myös Dockerista.",
        languages=[
            common.LanguageLevel(language="fi", level=common.CEFR_LEVEL_C1),
            common.LanguageLevel(language="en", level=common.CEFR_LEVEL_C2),
        ],
        municipality_code="049",
        accepted_regions=["Uusimaa"],
        accepts_remote=True,
        updated_at=Timestamp(seconds=1_780_000_000, nanos=1),
    )
    response = profiles_grpc.JobseekerProfilesStub(channel).UpsertProfiles(
        profiles.UpsertProfilesRequest(profiles=[person]), timeout=deadline
    )
    check([r.code for r in response.results] == [0], f"profile upsert {response}")
    print("upserted profile: portal-person-1")

    stub = matching_grpc.MatchingStub(channel)
    response = stub.MatchJobPostings(
        matching.MatchJobPostingsRequest(profile_id="portal-person-1", page_size=10, label_language="fi"),
        timeout=deadline,
    )
    ranking = [(m.job_posting.id, m.coverage) for m in response.matches]
    for posting_id, coverage in ranking:
        print(f"match: {posting_id} coverage={coverage:.3f}")
    check(response.total_size == len(ranking), f"total_size {response.total_size} for {ranking}")
    check(ranking and ranking[0][0] == "py-backend", f"ranking {ranking}")
    check("py-frontend" not in [posting_id for posting_id, _ in ranking], f"no shared skill, no match: {ranking}")
    coverages = [coverage for _, coverage in ranking]
    check(coverages == sorted(coverages, reverse=True), f"best first: {ranking}")
    check(all(0.0 <= c <= 1.0 for c in coverages), f"coverage in [0, 1]: {ranking}")
    data = next(m for m in response.matches if m.job_posting.id == "py-data")
    missing = [c.skill for c in data.explanation.missing]
    check("spark" in missing, f"missing skills of py-data: {missing}")

    # Training programmes: a batch with one invalid item (the field is named), a filtered list.
    from kohtaanto.v1 import training_programmes_pb2 as programmes
    from kohtaanto.v1 import training_programmes_pb2_grpc as programmes_grpc

    courses = programmes_grpc.TrainingProgrammesStub(channel)
    course = programmes.TrainingProgramme(
        id="portal-course-1",
        name="Pilvipalvelut ja DevOps",
        provider="Esimerkkiopisto",
        skills=[programmes.TaughtSkill(skill="kubernetes", level=3), programmes.TaughtSkill(skill="docker", level=3)],
        region="Uusimaa",
        language="fi",
        duration_weeks=16,
        start_date=programmes.CalendarDate(year=2027, month=1, day=11),
        seats=20,
    )
    broken = programmes.TrainingProgramme(id="portal-course-2", name="Broken", skills=[programmes.TaughtSkill(skill="kubernetes", level=9)])
    response = courses.UpsertProgrammes(programmes.UpsertProgrammesRequest(programmes=[course, broken]), timeout=deadline)
    check([r.code for r in response.results] == [0, 3], f"programme upsert {response}")
    check(response.results[1].field == "programmes[1].skills[0].level", f"field {response.results[1].field!r}")
    listed = courses.ListProgrammes(programmes.ListProgrammesRequest(region="uusimaa", skill="kubernetes"), timeout=deadline)
    check([p.id for p in listed.programmes] == ["portal-course-1"], f"programmes {listed}")
    check(listed.programmes[0] == course, f"programme round trip {listed.programmes[0]}")
    print("upserted and listed programme: portal-course-1")

    # Skill gaps: what keeps this person from py-data (the same coverage as in matching), and
    # the market, whose jobseeker counts are below k and therefore absent.
    from kohtaanto.v1 import skill_gaps_pb2 as gaps
    from kohtaanto.v1 import skill_gaps_pb2_grpc as gaps_grpc

    gap_stub = gaps_grpc.SkillGapsStub(channel)
    response = gap_stub.ProfileGaps(gaps.ProfileGapsRequest(profile_id="portal-person-1"), timeout=deadline)
    check((response.match_threshold, response.near_miss_threshold) == (0.8, 0.5), f"thresholds {response}")
    # Both postings are near misses (back-end development comes from py-backend's title).
    check(response.match_count == 0, f"no match at 0.8: {response}")
    near = [(n.job_posting_id, n.coverage) for n in response.near_misses]
    check(near == ranking, f"near misses {near}: the postings and coverages of matching {ranking}")
    learn = [(g.skill, g.matches_gained, list(g.job_posting_ids)) for g in response.skill_gaps]
    check(learn == [("backend-development", 1, ["py-backend"]), ("spark", 1, ["py-data"])], f"skill gaps {learn}")
    check(len(response.programmes) == 0, f"no stored programme teaches these: {response.programmes}")
    print("skill gaps: " + ", ".join(f"{skill} +{gained} ({ids[0]})" for skill, gained, ids in learn))

    market = gap_stub.MarketGaps(gaps.MarketGapsRequest(scope=gaps.GapScope(region="Uusimaa")), timeout=deadline)
    check(market.posting_count == 3 and market.k_anonymity == 5, f"market {market}")
    check(not market.HasField("jobseeker_count") and market.jobseeker_count_suppressed, f"one jobseeker is below k: {market}")
    python = next(s for s in market.skills if s.skill == "python")
    check((python.demand, python.demand_required) == (2, 2), f"python demand {python}")
    check(all(not s.HasField("supply") and s.supply_suppressed for s in market.skills), f"supply below k: {market.skills}")
    print(f"market gaps: {market.posting_count} postings, {market.total_skills} skills, jobseekers below k")

    # A programme's impact estimated from a sample: marked as an estimate, below k here.
    course_ref = gaps.ProgrammeRef(programme_id="portal-course-1")
    impact = gap_stub.ProgrammeImpact(gaps.ProgrammeImpactRequest(programmes=[course_ref], sample_one_in=2), timeout=deadline)
    result = impact.results[0]
    check(impact.sample_one_in == 2 and result.estimated, f"an estimate {impact}")
    check(result.suppressed and not result.HasField("jobseekers_gaining"), f"below k {result}")
    check(not impact.HasField("sampled_jobseekers"), f"sampled jobseekers below k {impact}")
    try:
        gap_stub.ProgrammeImpact(gaps.ProgrammeImpactRequest(programmes=[course_ref], sample_one_in=1000), timeout=deadline)
        raise CheckFailed("sample_one_in 1000 was accepted")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.INVALID_ARGUMENT, f"status {error.code()}")
        check("sample_one_in" in error.details(), f"the field is named: {error.details()}")
    print("programme impact: estimated (one in 2, below k); sample_one_in 1000 rejected")

    # Errors are gRPC status codes.
    try:
        postings_grpc.JobPostingsStub(channel).GetJobPosting(postings.GetJobPostingRequest(id="no-such-posting"), timeout=deadline)
        raise CheckFailed("a missing posting was found")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.NOT_FOUND, f"status {error.code()}")
    try:
        stub.MatchJobPostings(matching.MatchJobPostingsRequest(profile_id="portal-person-1", page_size=-1), timeout=deadline)
        raise CheckFailed("a negative page size was accepted")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.INVALID_ARGUMENT, f"status {error.code()}")
        check("page_size" in error.details(), f"details {error.details()!r}")

    best_id, best_coverage = ranking[0]
    print(f"portal client OK: postings=3 profiles=1 matches={len(ranking)} best={best_id} coverage={best_coverage:.3f}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CheckFailed as failure:
        print(f"portal client FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
