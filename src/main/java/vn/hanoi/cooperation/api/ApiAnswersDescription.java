package vn.hanoi.cooperation.api;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The answers every operation of the read API may give besides its 200, as the filter chain and {@link ApiErrors}
 * send them: springdoc cannot see the token filter, and the portal's page-wide advice (conflict and upload pages)
 * does not apply here ({@code springdoc.override-with-generic-response=false}).
 */
@Component
class ApiAnswersDescription implements OpenApiCustomizer {

	static final String ERROR = "ApiError";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents()
			.addSchemas(ERROR, new ObjectSchema().description("Why a call was refused.")
				.addProperty("error", new StringSchema().description("A stable code: bad_request, unauthorized, "
						+ "not_found, too_many_requests."))
				.addProperty("message", new StringSchema().description(
						"A sentence for the developer: in English, or in Vietnamese with Accept-Language: vi.")));
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> describe(path, operation)));
	}

	private static void describe(String path, Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.addApiResponse("304", new ApiResponse()
			.description("Not modified: the If-None-Match (ETag) or If-Modified-Since sent still matches."));
		if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
			responses.addApiResponse("400", error("A parameter has an invalid value (the message names it)."));
		}
		responses.addApiResponse("401", error("No valid personal access token (missing, expired, revoked, or its "
				+ "account disabled)."));
		if (path.contains("{")) {
			responses.addApiResponse("404", error("No such record, or one the token's owner may not see."));
		}
		responses.addApiResponse("429", error("Too many calls with this token this minute.").headers(Map.of(
				"Retry-After", new Header().description("Seconds until the token may call again.")
					.schema(new IntegerSchema()))));
	}

	private static ApiResponse error(String description) {
		Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + ERROR);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
	}

}
