// Generated from openapi/oauth2.yaml by `npm run generate`. Do not edit: change the contract and regenerate.

import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
export const schemaAccessToken = validate21;
const schema6 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:AccessToken"};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[\\x20-\\x7E]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AccessToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate21.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate21.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const schemaAllowedDecision = validate22;
const schema7 = {"type":"string","enum":["true","false"],"$id":"urn:oauth2-contract:schema:AllowedDecision"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AllowedDecision" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "true") || (data === "false"))){
validate22.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema7.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate22.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationCode = validate23;
const schema8 = {"type":"string","maxLength":2048,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:AuthorizationCode"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationCode" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate23.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate23.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationCodeTokenRequest = validate24;
const schema9 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","code"],"properties":{"grant_type":{"type":"string","const":"authorization_code"},"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"code_verifier":{"$ref":"urn:oauth2-contract:schema:CodeVerifier"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:AuthorizationCodeTokenRequest"};
const schema10 = {"type":"object","properties":{"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"client_secret":{"$ref":"urn:oauth2-contract:schema:ClientSecret"}},"$id":"urn:oauth2-contract:schema:ClientCredentialsInBody"};
const schema11 = {"type":"string","minLength":1,"maxLength":255,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:ClientId"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientId" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 255){
validate26.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func2(data) < 1){
validate26.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate26.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"string","minLength":1,"maxLength":512,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:ClientSecret"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientSecret" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 512){
validate28.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data) < 1){
validate28.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate28.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientCredentialsInBody" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_id !== undefined){
const _errs1 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_secret !== undefined){
const _errs2 = errors;
if(!(validate28(data.client_secret, {instancePath:instancePath+"/client_secret",parentData:data,parentDataProperty:"client_secret",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"string","maxLength":2048,"format":"uri","pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$","$id":"urn:oauth2-contract:schema:RedirectUri"};
const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RedirectUri" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate32.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data)){
validate32.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate32.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate32.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"string","maxLength":128,"$id":"urn:oauth2-contract:schema:CodeVerifier"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeVerifier" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 128){
validate34.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"array","minItems":1,"maxItems":10,"items":{"$ref":"urn:oauth2-contract:schema:Resource"},"$id":"urn:oauth2-contract:schema:Resources"};
const schema16 = {"type":"string","maxLength":2048,"format":"uri","pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$","$id":"urn:oauth2-contract:schema:Resource"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Resource" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate37.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data)){
validate37.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate37.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Resources" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 10){
validate36.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];
return false;
}
else {
if(data.length < 1){
validate36.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate37(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationCodeTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.grant_type === undefined) && (missing0 = "grant_type")) || ((data.code === undefined) && (missing0 = "code"))){
validate24.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("authorization_code" !== data0){
validate24.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "authorization_code"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.code !== undefined){
const _errs5 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.redirect_uri !== undefined){
const _errs6 = errors;
if(!(validate32(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.code_verifier !== undefined){
const _errs7 = errors;
if(!(validate34(data.code_verifier, {instancePath:instancePath+"/code_verifier",parentData:data,parentDataProperty:"code_verifier",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate24.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationErrorRedirect = validate40;
const schema17 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:schema:AuthorizationErrorRedirect"};
const schema18 = {"type":"string","maxLength":1024,"pattern":"^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$","$id":"urn:oauth2-contract:schema:ErrorDescription"};
const pattern6 = new RegExp("^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorDescription" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate41.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern6.test(data)){
validate41.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$"},message:"must match pattern \""+"^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"string","maxLength":2048,"pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$","$id":"urn:oauth2-contract:schema:ErrorUri"};
const pattern7 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorUri" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate43.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern7.test(data)){
validate43.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:State"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:State" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate45.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate45.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"string","format":"uri","pattern":"^https?://[^?#\\s]+$","$id":"urn:oauth2-contract:schema:Issuer"};
const pattern9 = new RegExp("^https?://[^?#\\s]+$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Issuer" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!pattern9.test(data)){
validate47.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https?://[^?#\\s]+$"},message:"must match pattern \""+"^https?://[^?#\\s]+$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate47.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate47.errors = vErrors;
return errors === 0;
}


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationErrorRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate40.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate40.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema17.properties.error.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs3 = errors;
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs4 = errors;
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs6 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationRequest = validate49;
const schema22 = {"type":"object","required":["response_type","client_id"],"properties":{"response_type":{"$ref":"urn:oauth2-contract:schema:ResponseType"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"code_challenge":{"$ref":"urn:oauth2-contract:schema:CodeChallenge"},"code_challenge_method":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"},"allowed":{"$ref":"urn:oauth2-contract:schema:AllowedDecision"},"csrf_token":{"$ref":"urn:oauth2-contract:schema:CsrfToken"}},"$id":"urn:oauth2-contract:schema:AuthorizationRequest"};
const schema23 = {"type":"string","maxLength":64,"pattern":"^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$","$id":"urn:oauth2-contract:schema:ResponseType"};
const pattern10 = new RegExp("^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ResponseType" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 64){
validate50.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern10.test(data)){
validate50.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$"+"\""}];
return false;
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"string","maxLength":2048,"pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$","$id":"urn:oauth2-contract:schema:Scope"};
const pattern11 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Scope" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate54.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern11.test(data)){
validate54.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"+"\""}];
return false;
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"string","minLength":43,"maxLength":128,"pattern":"^[A-Za-z0-9._~-]+$","$id":"urn:oauth2-contract:schema:CodeChallenge"};
const pattern12 = new RegExp("^[A-Za-z0-9._~-]+$", "u");

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeChallenge" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 128){
validate57.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func2(data) < 43){
validate57.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern12.test(data)){
validate57.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]+$"+"\""}];
return false;
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"string","enum":["S256","plain"],"$id":"urn:oauth2-contract:schema:CodeChallengeMethod"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeChallengeMethod" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "S256") || (data === "plain"))){
validate59.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate59.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"string","maxLength":256,"pattern":"^[A-Za-z0-9_-]+$","$id":"urn:oauth2-contract:schema:CsrfToken"};
const pattern13 = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CsrfToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 256){
validate63.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(!pattern13.test(data)){
validate63.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationRequest" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.response_type === undefined) && (missing0 = "response_type")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.response_type !== undefined){
const _errs1 = errors;
if(!(validate50(data.response_type, {instancePath:instancePath+"/response_type",parentData:data,parentDataProperty:"response_type",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs2 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.redirect_uri !== undefined){
const _errs3 = errors;
if(!(validate32(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs4 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge !== undefined){
const _errs6 = errors;
if(!(validate57(data.code_challenge, {instancePath:instancePath+"/code_challenge",parentData:data,parentDataProperty:"code_challenge",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_method !== undefined){
const _errs7 = errors;
if(!(validate59(data.code_challenge_method, {instancePath:instancePath+"/code_challenge_method",parentData:data,parentDataProperty:"code_challenge_method",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowed !== undefined){
const _errs9 = errors;
if(!(validate22(data.allowed, {instancePath:instancePath+"/allowed",parentData:data,parentDataProperty:"allowed",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.csrf_token !== undefined){
const _errs10 = errors;
if(!(validate63(data.csrf_token, {instancePath:instancePath+"/csrf_token",parentData:data,parentDataProperty:"csrf_token",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationServerMetadata = validate65;
const schema28 = {"type":"object","required":["issuer","token_endpoint","response_types_supported"],"properties":{"issuer":{"$ref":"urn:oauth2-contract:schema:Issuer"},"authorization_endpoint":{"type":"string","format":"uri"},"token_endpoint":{"type":"string","format":"uri"},"revocation_endpoint":{"type":"string","format":"uri"},"introspection_endpoint":{"type":"string","format":"uri"},"scopes_supported":{"type":"array","items":{"type":"string"}},"response_types_supported":{"type":"array","items":{"type":"string"}},"response_modes_supported":{"type":"array","items":{"type":"string"}},"grant_types_supported":{"type":"array","items":{"type":"string"}},"token_endpoint_auth_methods_supported":{"type":"array","items":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]}},"revocation_endpoint_auth_methods_supported":{"type":"array","items":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]}},"introspection_endpoint_auth_methods_supported":{"type":"array","items":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]}},"code_challenge_methods_supported":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"}},"authorization_response_iss_parameter_supported":{"type":"boolean"},"service_documentation":{"type":"string","format":"uri"}},"$id":"urn:oauth2-contract:schema:AuthorizationServerMetadata"};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationServerMetadata" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.issuer === undefined) && (missing0 = "issuer")) || ((data.token_endpoint === undefined) && (missing0 = "token_endpoint"))) || ((data.response_types_supported === undefined) && (missing0 = "response_types_supported"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.issuer !== undefined){
const _errs1 = errors;
if(!(validate47(data.issuer, {instancePath:instancePath+"/issuer",parentData:data,parentDataProperty:"issuer",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization_endpoint !== undefined){
let data1 = data.authorization_endpoint;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate65.errors = [{instancePath:instancePath+"/authorization_endpoint",schemaPath:"#/properties/authorization_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/authorization_endpoint",schemaPath:"#/properties/authorization_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_endpoint !== undefined){
let data2 = data.token_endpoint;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate65.errors = [{instancePath:instancePath+"/token_endpoint",schemaPath:"#/properties/token_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/token_endpoint",schemaPath:"#/properties/token_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.revocation_endpoint !== undefined){
let data3 = data.revocation_endpoint;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint",schemaPath:"#/properties/revocation_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint",schemaPath:"#/properties/revocation_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introspection_endpoint !== undefined){
let data4 = data.introspection_endpoint;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint",schemaPath:"#/properties/introspection_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint",schemaPath:"#/properties/introspection_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes_supported !== undefined){
let data5 = data.scopes_supported;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(typeof data5[i0] !== "string"){
validate65.errors = [{instancePath:instancePath+"/scopes_supported/" + i0,schemaPath:"#/properties/scopes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_types_supported !== undefined){
let data7 = data.response_types_supported;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data7)){
var valid2 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(typeof data7[i1] !== "string"){
validate65.errors = [{instancePath:instancePath+"/response_types_supported/" + i1,schemaPath:"#/properties/response_types_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/response_types_supported",schemaPath:"#/properties/response_types_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_modes_supported !== undefined){
let data9 = data.response_modes_supported;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data9)){
var valid3 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs20 = errors;
if(typeof data9[i2] !== "string"){
validate65.errors = [{instancePath:instancePath+"/response_modes_supported/" + i2,schemaPath:"#/properties/response_modes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/response_modes_supported",schemaPath:"#/properties/response_modes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.grant_types_supported !== undefined){
let data11 = data.grant_types_supported;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data11)){
var valid4 = true;
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
const _errs24 = errors;
if(typeof data11[i3] !== "string"){
validate65.errors = [{instancePath:instancePath+"/grant_types_supported/" + i3,schemaPath:"#/properties/grant_types_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/grant_types_supported",schemaPath:"#/properties/grant_types_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_endpoint_auth_methods_supported !== undefined){
let data13 = data.token_endpoint_auth_methods_supported;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data13)){
var valid5 = true;
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
const _errs28 = errors;
if(typeof data14 !== "string"){
validate65.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported/" + i4,schemaPath:"#/properties/token_endpoint_auth_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data14 === "client_secret_basic") || (data14 === "client_secret_post")) || (data14 === "none"))){
validate65.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported/" + i4,schemaPath:"#/properties/token_endpoint_auth_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema28.properties.token_endpoint_auth_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs28 === errors;
if(!valid5){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported",schemaPath:"#/properties/token_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.revocation_endpoint_auth_methods_supported !== undefined){
let data15 = data.revocation_endpoint_auth_methods_supported;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data15)){
var valid6 = true;
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
let data16 = data15[i5];
const _errs32 = errors;
if(typeof data16 !== "string"){
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported/" + i5,schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data16 === "client_secret_basic") || (data16 === "client_secret_post")) || (data16 === "none"))){
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported/" + i5,schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema28.properties.revocation_endpoint_auth_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs32 === errors;
if(!valid6){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported",schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introspection_endpoint_auth_methods_supported !== undefined){
let data17 = data.introspection_endpoint_auth_methods_supported;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data17)){
var valid7 = true;
const len6 = data17.length;
for(let i6=0; i6<len6; i6++){
let data18 = data17[i6];
const _errs36 = errors;
if(typeof data18 !== "string"){
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported/" + i6,schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data18 === "client_secret_basic") || (data18 === "client_secret_post")) || (data18 === "none"))){
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported/" + i6,schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema28.properties.introspection_endpoint_auth_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported",schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_methods_supported !== undefined){
let data19 = data.code_challenge_methods_supported;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data19)){
var valid8 = true;
const len7 = data19.length;
for(let i7=0; i7<len7; i7++){
const _errs40 = errors;
if(!(validate59(data19[i7], {instancePath:instancePath+"/code_challenge_methods_supported/" + i7,parentData:data19,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid8 = _errs40 === errors;
if(!valid8){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/code_challenge_methods_supported",schemaPath:"#/properties/code_challenge_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization_response_iss_parameter_supported !== undefined){
const _errs41 = errors;
if(typeof data.authorization_response_iss_parameter_supported !== "boolean"){
validate65.errors = [{instancePath:instancePath+"/authorization_response_iss_parameter_supported",schemaPath:"#/properties/authorization_response_iss_parameter_supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_documentation !== undefined){
let data22 = data.service_documentation;
const _errs43 = errors;
if(errors === _errs43){
if(errors === _errs43){
if(typeof data22 === "string"){
if(!(formats0.test(data22))){
validate65.errors = [{instancePath:instancePath+"/service_documentation",schemaPath:"#/properties/service_documentation/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/service_documentation",schemaPath:"#/properties/service_documentation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationSuccessRedirect = validate68;
const schema29 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:schema:AuthorizationSuccessRedirect"};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationSuccessRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs2 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs3 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}

export const schemaBearerFormBody = validate72;
const schema30 = {"type":"object","properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"}},"$id":"urn:oauth2-contract:schema:BearerFormBody"};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:BearerFormBody" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.access_token !== undefined){
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}

export const schemaClientCredentialsInBody = validate25;

export const schemaClientCredentialsTokenRequest = validate74;
const schema31 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type"],"properties":{"grant_type":{"type":"string","const":"client_credentials"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:ClientCredentialsTokenRequest"};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientCredentialsTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.grant_type === undefined) && (missing0 = "grant_type")){
validate74.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate74.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("client_credentials" !== data0){
validate74.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "client_credentials"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs5 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs6 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate74.errors = vErrors;
return errors === 0;
}

export const schemaClientId = validate26;

export const schemaClientSecret = validate28;

export const schemaCodeChallenge = validate57;

export const schemaCodeChallengeMethod = validate59;

export const schemaCodeVerifier = validate34;

export const schemaCsrfToken = validate63;

export const schemaErrorCode = validate78;
const schema32 = {"type":"string","enum":["invalid_request","invalid_client","invalid_grant","unauthorized_client","unsupported_grant_type","invalid_scope","access_denied","unsupported_response_type","server_error","temporarily_unavailable","invalid_token","insufficient_scope","unsupported_token_type","invalid_target"],"$id":"urn:oauth2-contract:schema:ErrorCode"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorCode" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((data === "invalid_request") || (data === "invalid_client")) || (data === "invalid_grant")) || (data === "unauthorized_client")) || (data === "unsupported_grant_type")) || (data === "invalid_scope")) || (data === "access_denied")) || (data === "unsupported_response_type")) || (data === "server_error")) || (data === "temporarily_unavailable")) || (data === "invalid_token")) || (data === "insufficient_scope")) || (data === "unsupported_token_type")) || (data === "invalid_target"))){
validate78.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate78.errors = vErrors;
return errors === 0;
}

export const schemaErrorDescription = validate41;

export const schemaErrorUri = validate43;

export const schemaExtensionGrantTokenRequest = validate79;
const schema33 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type"],"properties":{"grant_type":{"$ref":"urn:oauth2-contract:schema:ExtensionGrantType"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}}}],"$id":"urn:oauth2-contract:schema:ExtensionGrantTokenRequest"};
const schema34 = {"type":"string","maxLength":255,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$","$id":"urn:oauth2-contract:schema:ExtensionGrantType"};
const pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$", "u");

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ExtensionGrantType" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 255){
validate81.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(!pattern14.test(data)){
validate81.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate81.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate81.errors = vErrors;
return errors === 0;
}


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ExtensionGrantTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.grant_type === undefined) && (missing0 = "grant_type")){
validate79.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
const _errs3 = errors;
if(!(validate81(data.grant_type, {instancePath:instancePath+"/grant_type",parentData:data,parentDataProperty:"grant_type",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs4 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate79.errors = vErrors;
return errors === 0;
}

export const schemaExtensionGrantType = validate81;

export const schemaHealth = validate84;
const schema35 = {"type":"object","required":["status"],"properties":{"status":{"type":"string","enum":["ok","unavailable"]}},"$id":"urn:oauth2-contract:schema:Health"};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Health" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate84.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
validate84.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
validate84.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema35.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate84.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate84.errors = vErrors;
return errors === 0;
}

export const schemaImplicitSuccessRedirect = validate85;
const schema36 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:schema:ImplicitSuccessRedirect"};
const pattern15 = new RegExp("^[Bb][Ee][Aa][Rr][Ee][Rr]$", "u");
const pattern16 = new RegExp("^[0-9]{1,10}$", "u");

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ImplicitSuccessRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate85.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
validate85.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate85.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
validate85.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate85.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}

export const schemaIntrospectionRequest = validate89;
const schema37 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["token"],"properties":{"token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type_hint":{"$ref":"urn:oauth2-contract:schema:TokenTypeHint"}}}],"$id":"urn:oauth2-contract:schema:IntrospectionRequest"};
const schema38 = {"type":"string","$id":"urn:oauth2-contract:schema:TokenTypeHint"};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenTypeHint" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate92.errors = vErrors;
return errors === 0;
}


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:IntrospectionRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
validate89.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
const _errs3 = errors;
if(!(validate21(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.token_type_hint !== undefined){
const _errs4 = errors;
if(!(validate92(data.token_type_hint, {instancePath:instancePath+"/token_type_hint",parentData:data,parentDataProperty:"token_type_hint",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate89.errors = vErrors;
return errors === 0;
}

export const schemaIntrospectionResponse = validate94;
const schema39 = {"type":"object","required":["active"],"properties":{"active":{"type":"boolean"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"username":{"type":"string"},"token_type":{"type":"string"},"exp":{"type":"integer","minimum":0},"iat":{"type":"integer","minimum":0},"nbf":{"type":"integer","minimum":0},"sub":{"type":"string"},"aud":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"},"jti":{"type":"string"}},"$id":"urn:oauth2-contract:schema:IntrospectionResponse"};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:IntrospectionResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.active === undefined) && (missing0 = "active")){
validate94.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.active !== undefined){
const _errs1 = errors;
if(typeof data.active !== "boolean"){
validate94.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs3 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs4 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs5 = errors;
if(typeof data.username !== "string"){
validate94.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
const _errs7 = errors;
if(typeof data.token_type !== "string"){
validate94.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exp !== undefined){
let data5 = data.exp;
const _errs9 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate94.errors = [{instancePath:instancePath+"/exp",schemaPath:"#/properties/exp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate94.errors = [{instancePath:instancePath+"/exp",schemaPath:"#/properties/exp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iat !== undefined){
let data6 = data.iat;
const _errs11 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate94.errors = [{instancePath:instancePath+"/iat",schemaPath:"#/properties/iat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate94.errors = [{instancePath:instancePath+"/iat",schemaPath:"#/properties/iat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nbf !== undefined){
let data7 = data.nbf;
const _errs13 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate94.errors = [{instancePath:instancePath+"/nbf",schemaPath:"#/properties/nbf/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate94.errors = [{instancePath:instancePath+"/nbf",schemaPath:"#/properties/nbf/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sub !== undefined){
const _errs15 = errors;
if(typeof data.sub !== "string"){
validate94.errors = [{instancePath:instancePath+"/sub",schemaPath:"#/properties/sub/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aud !== undefined){
let data9 = data.aud;
const _errs17 = errors;
const _errs18 = errors;
let valid1 = false;
let passing0 = null;
const _errs19 = errors;
if(typeof data9 !== "string"){
const err0 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid2 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs23 = errors;
if(typeof data9[i0] !== "string"){
const err1 = {instancePath:instancePath+"/aud/" + i0,schemaPath:"#/properties/aud/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs23 === errors;
if(!valid2){
break;
}
}
}
else {
const err2 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate94.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs25 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jti !== undefined){
const _errs26 = errors;
if(typeof data.jti !== "string"){
validate94.errors = [{instancePath:instancePath+"/jti",schemaPath:"#/properties/jti/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate94.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate94.errors = vErrors;
return errors === 0;
}

export const schemaIssuer = validate47;

export const schemaLoginForm = validate98;
const schema40 = {"type":"object","required":["username","password","csrf_token","return_to"],"properties":{"username":{"$ref":"urn:oauth2-contract:schema:Username"},"password":{"$ref":"urn:oauth2-contract:schema:Password"},"csrf_token":{"$ref":"urn:oauth2-contract:schema:CsrfToken"},"return_to":{"type":"string","maxLength":8192,"pattern":"^/authorize\\?"}},"$id":"urn:oauth2-contract:schema:LoginForm"};
const schema41 = {"type":"string","maxLength":1024,"pattern":"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$","$id":"urn:oauth2-contract:schema:Username"};
const pattern17 = new RegExp("^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$", "u");

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Username" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate99.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern17.test(data)){
validate99.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"},message:"must match pattern \""+"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"+"\""}];
return false;
}
}
}
else {
validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate99.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"string","maxLength":1024,"pattern":"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$","$id":"urn:oauth2-contract:schema:Password"};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Password" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate101.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern17.test(data)){
validate101.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"},message:"must match pattern \""+"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"+"\""}];
return false;
}
}
}
else {
validate101.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate101.errors = vErrors;
return errors === 0;
}

const pattern19 = new RegExp("^/authorize\\?", "u");

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:LoginForm" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.username === undefined) && (missing0 = "username")) || ((data.password === undefined) && (missing0 = "password"))) || ((data.csrf_token === undefined) && (missing0 = "csrf_token"))) || ((data.return_to === undefined) && (missing0 = "return_to"))){
validate98.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.username !== undefined){
const _errs1 = errors;
if(!(validate99(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
const _errs2 = errors;
if(!(validate101(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.csrf_token !== undefined){
const _errs3 = errors;
if(!(validate63(data.csrf_token, {instancePath:instancePath+"/csrf_token",parentData:data,parentDataProperty:"csrf_token",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.return_to !== undefined){
let data3 = data.return_to;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data3 === "string"){
if(func2(data3) > 8192){
validate98.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(!pattern19.test(data3)){
validate98.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/pattern",keyword:"pattern",params:{pattern: "^/authorize\\?"},message:"must match pattern \""+"^/authorize\\?"+"\""}];
return false;
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}

export const schemaMeResponse = validate104;
const schema43 = {"type":"object","required":["sub","client_id"],"properties":{"sub":{"type":"string"},"username":{"type":"string"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}},"$id":"urn:oauth2-contract:schema:MeResponse"};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:MeResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.sub === undefined) && (missing0 = "sub")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate104.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.sub !== undefined){
const _errs1 = errors;
if(typeof data.sub !== "string"){
validate104.errors = [{instancePath:instancePath+"/sub",schemaPath:"#/properties/sub/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs3 = errors;
if(typeof data.username !== "string"){
validate104.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs5 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate104.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate104.errors = vErrors;
return errors === 0;
}

export const schemaOAuthError = validate107;
const schema44 = {"type":"object","required":["error"],"properties":{"error":{"$ref":"urn:oauth2-contract:schema:ErrorCode"},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"}},"$id":"urn:oauth2-contract:schema:OAuthError"};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:OAuthError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate107.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
const _errs1 = errors;
if(!(validate78(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs2 = errors;
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs3 = errors;
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate107.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate107.errors = vErrors;
return errors === 0;
}

export const schemaPassword = validate101;

export const schemaPasswordTokenRequest = validate111;
const schema45 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","username","password"],"properties":{"grant_type":{"type":"string","const":"password"},"username":{"$ref":"urn:oauth2-contract:schema:Username"},"password":{"$ref":"urn:oauth2-contract:schema:Password"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:PasswordTokenRequest"};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:PasswordTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.grant_type === undefined) && (missing0 = "grant_type")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.password === undefined) && (missing0 = "password"))){
validate111.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate111.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("password" !== data0){
validate111.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "password"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.username !== undefined){
const _errs5 = errors;
if(!(validate99(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.password !== undefined){
const _errs6 = errors;
if(!(validate101(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs7 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate111.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate111.errors = vErrors;
return errors === 0;
}

export const schemaProtectedResourceMetadata = validate117;
const schema46 = {"type":"object","required":["resource"],"properties":{"resource":{"type":"string","format":"uri"},"authorization_servers":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"scopes_supported":{"type":"array","items":{"type":"string"}},"bearer_methods_supported":{"type":"array","items":{"type":"string","enum":["header","body","query"]}},"resource_name":{"type":"string"},"resource_documentation":{"type":"string","format":"uri"}},"$id":"urn:oauth2-contract:schema:ProtectedResourceMetadata"};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ProtectedResourceMetadata" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.resource === undefined) && (missing0 = "resource")){
validate117.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.resource !== undefined){
let data0 = data.resource;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate117.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate117.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization_servers !== undefined){
let data1 = data.authorization_servers;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate47(data1[i0], {instancePath:instancePath+"/authorization_servers/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/authorization_servers",schemaPath:"#/properties/authorization_servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes_supported !== undefined){
let data3 = data.scopes_supported;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(typeof data3[i1] !== "string"){
validate117.errors = [{instancePath:instancePath+"/scopes_supported/" + i1,schemaPath:"#/properties/scopes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bearer_methods_supported !== undefined){
let data5 = data.bearer_methods_supported;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid3 = true;
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
const _errs12 = errors;
if(typeof data6 !== "string"){
validate117.errors = [{instancePath:instancePath+"/bearer_methods_supported/" + i2,schemaPath:"#/properties/bearer_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "header") || (data6 === "body")) || (data6 === "query"))){
validate117.errors = [{instancePath:instancePath+"/bearer_methods_supported/" + i2,schemaPath:"#/properties/bearer_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema46.properties.bearer_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/bearer_methods_supported",schemaPath:"#/properties/bearer_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource_name !== undefined){
const _errs14 = errors;
if(typeof data.resource_name !== "string"){
validate117.errors = [{instancePath:instancePath+"/resource_name",schemaPath:"#/properties/resource_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource_documentation !== undefined){
let data8 = data.resource_documentation;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data8 === "string"){
if(!(formats0.test(data8))){
validate117.errors = [{instancePath:instancePath+"/resource_documentation",schemaPath:"#/properties/resource_documentation/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate117.errors = [{instancePath:instancePath+"/resource_documentation",schemaPath:"#/properties/resource_documentation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate117.errors = vErrors;
return errors === 0;
}

export const schemaRedirectUri = validate32;

export const schemaRefreshToken = validate119;
const schema47 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:RefreshToken"};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RefreshToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate119.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate119.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate119.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate119.errors = vErrors;
return errors === 0;
}

export const schemaRefreshTokenRequest = validate120;
const schema48 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","refresh_token"],"properties":{"grant_type":{"type":"string","const":"refresh_token"},"refresh_token":{"$ref":"urn:oauth2-contract:schema:RefreshToken"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:RefreshTokenRequest"};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RefreshTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.grant_type === undefined) && (missing0 = "grant_type")) || ((data.refresh_token === undefined) && (missing0 = "refresh_token"))){
validate120.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate120.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("refresh_token" !== data0){
validate120.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "refresh_token"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.refresh_token !== undefined){
const _errs5 = errors;
if(!(validate119(data.refresh_token, {instancePath:instancePath+"/refresh_token",parentData:data,parentDataProperty:"refresh_token",rootData}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs7 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate120.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate120.errors = vErrors;
return errors === 0;
}

export const schemaResource = validate37;

export const schemaResources = validate36;

export const schemaResponseType = validate50;

export const schemaRevocationRequest = validate125;
const schema49 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["token"],"properties":{"token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type_hint":{"$ref":"urn:oauth2-contract:schema:TokenTypeHint"}}}],"$id":"urn:oauth2-contract:schema:RevocationRequest"};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RevocationRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
validate125.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
const _errs3 = errors;
if(!(validate21(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.token_type_hint !== undefined){
const _errs4 = errors;
if(!(validate92(data.token_type_hint, {instancePath:instancePath+"/token_type_hint",parentData:data,parentDataProperty:"token_type_hint",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate125.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate125.errors = vErrors;
return errors === 0;
}

export const schemaScope = validate54;

export const schemaState = validate45;

export const schemaTokenRequest = validate129;
const schema50 = {"oneOf":[{"$ref":"urn:oauth2-contract:schema:AuthorizationCodeTokenRequest"},{"$ref":"urn:oauth2-contract:schema:ClientCredentialsTokenRequest"},{"$ref":"urn:oauth2-contract:schema:PasswordTokenRequest"},{"$ref":"urn:oauth2-contract:schema:RefreshTokenRequest"},{"$ref":"urn:oauth2-contract:schema:ExtensionGrantTokenRequest"}],"$id":"urn:oauth2-contract:schema:TokenRequest"};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs3 = errors;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs4 = errors;
if(!(validate120(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
const _errs5 = errors;
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate129.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate129.errors = vErrors;
return errors === 0;
}

export const schemaTokenResponse = validate135;
const schema51 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"integer","minimum":0},"refresh_token":{"$ref":"urn:oauth2-contract:schema:RefreshToken"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}},"$id":"urn:oauth2-contract:schema:TokenResponse"};

function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate135.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
validate135.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate135.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate135.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate135.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refresh_token !== undefined){
const _errs6 = errors;
if(!(validate119(data.refresh_token, {instancePath:instancePath+"/refresh_token",parentData:data,parentDataProperty:"refresh_token",rootData}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs7 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate135.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate135.errors = vErrors;
return errors === 0;
}

export const schemaTokenTypeHint = validate92;

export const schemaUsername = validate99;

export const authorizeQuery = validate139;
const schema52 = {"type":"object","properties":{"response_type":{"$ref":"urn:oauth2-contract:schema:ResponseType"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"code_challenge":{"$ref":"urn:oauth2-contract:schema:CodeChallenge"},"code_challenge_method":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}},"required":["response_type","client_id"],"$id":"urn:oauth2-contract:authorizeQuery"};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.response_type === undefined) && (missing0 = "response_type")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate139.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.response_type !== undefined){
const _errs1 = errors;
if(!(validate50(data.response_type, {instancePath:instancePath+"/response_type",parentData:data,parentDataProperty:"response_type",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs2 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.redirect_uri !== undefined){
const _errs3 = errors;
if(!(validate32(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs4 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge !== undefined){
const _errs6 = errors;
if(!(validate57(data.code_challenge, {instancePath:instancePath+"/code_challenge",parentData:data,parentDataProperty:"code_challenge",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_method !== undefined){
const _errs7 = errors;
if(!(validate59(data.code_challenge_method, {instancePath:instancePath+"/code_challenge_method",parentData:data,parentDataProperty:"code_challenge_method",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate139.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate139.errors = vErrors;
return errors === 0;
}

export const authorizeResponse200Headers = validate148;
const schema53 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeResponse200Headers"};
const pattern22 = new RegExp("(^|[ ,])no-store($|[ ,])", "u");
const pattern23 = new RegExp("frame-ancestors 'none'", "u");

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate148.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate148.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate148.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate148.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate148.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate148.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate148.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate148.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate148.errors = vErrors;
return errors === 0;
}

export const authorizeResponse200TextHtml = validate149;
const schema54 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse200TextHtml"};

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate149.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate149.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302Headers = validate150;
const schema55 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string"}},"required":["location"],"$id":"urn:oauth2-contract:authorizeResponse302Headers"};

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.location === undefined) && (missing0 = "location")){
validate150.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate150.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate150.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate150.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate150.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate150.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectSuccess = validate151;
const schema56 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectSuccess"};

function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate151.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs2 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs3 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate151.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate151.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectError = validate155;
const schema57 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectError"};

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate155.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate155.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate155.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema57.properties.error.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs3 = errors;
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs4 = errors;
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs6 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate155.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate155.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectImplicit = validate160;
const schema58 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectImplicit"};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate160.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
validate160.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate160.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
validate160.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate160.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate160.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate160.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400Headers = validate164;
const schema59 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeResponse400Headers"};

function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate164.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate164.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate164.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400ApplicationJson = validate165;
const schema60 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse400ApplicationJson"};

function validate165(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate165.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400TextHtml = validate167;
const schema61 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse400TextHtml"};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate167.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate167.errors = vErrors;
return errors === 0;
}

export const authorizeResponse401Headers = validate168;
const schema62 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"cache-control":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:authorizeResponse401Headers"};
const pattern26 = new RegExp("^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$", "u");

function validate168(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate168.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate168.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate168.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate168.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate168.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate168.errors = vErrors;
return errors === 0;
}

export const authorizeResponse401ApplicationJson = validate169;
const schema63 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse401ApplicationJson"};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate169.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500Headers = validate171;
const schema64 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeResponse500Headers"};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate171.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate171.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate171.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500ApplicationJson = validate172;
const schema65 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse500ApplicationJson"};

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate172.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500TextHtml = validate174;
const schema66 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse500TextHtml"};

function validate174(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate174.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate174.errors = vErrors;
return errors === 0;
}

export const authorizeResponse503Headers = validate175;
const schema67 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:authorizeResponse503Headers"};
const pattern27 = new RegExp("^[0-9]{1,6}$", "u");

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate175.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate175.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate175.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate175.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate175.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate175.errors = vErrors;
return errors === 0;
}

export const authorizeResponse503ApplicationJson = validate176;
const schema68 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse503ApplicationJson"};

function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate176.errors = vErrors;
return errors === 0;
}

export const authorizeFormBody = validate178;
const schema69 = {"$ref":"urn:oauth2-contract:schema:AuthorizationRequest","$id":"urn:oauth2-contract:authorizeFormBody"};

function validate178(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormBody" */;
let vErrors = null;
let errors = 0;
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
validate178.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse200Headers = validate180;
const schema70 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeFormResponse200Headers"};

function validate180(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate180.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate180.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate180.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate180.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate180.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate180.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate180.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate180.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate180.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate180.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate180.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse200TextHtml = validate181;
const schema71 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse200TextHtml"};

function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate181.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate181.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303Headers = validate182;
const schema72 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string"}},"required":["location"],"$id":"urn:oauth2-contract:authorizeFormResponse303Headers"};

function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.location === undefined) && (missing0 = "location")){
validate182.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate182.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate182.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate182.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate182.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate182.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectSuccess = validate183;
const schema73 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectSuccess"};

function validate183(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate183.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs2 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs3 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate183.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate183.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectError = validate187;
const schema74 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectError"};

function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate187.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate187.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate187.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema74.properties.error.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs3 = errors;
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs4 = errors;
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs6 = errors;
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate187.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate187.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectImplicit = validate192;
const schema75 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectImplicit"};

function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate192.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
validate192.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate192.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
validate192.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate192.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate192.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate192.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400Headers = validate196;
const schema76 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeFormResponse400Headers"};

function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate196.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate196.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate196.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400ApplicationJson = validate197;
const schema77 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse400ApplicationJson"};

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate197.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400TextHtml = validate199;
const schema78 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse400TextHtml"};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate199.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate199.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse401Headers = validate200;
const schema79 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"cache-control":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:authorizeFormResponse401Headers"};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate200.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate200.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate200.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate200.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate200.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate200.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse401ApplicationJson = validate201;
const schema80 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse401ApplicationJson"};

function validate201(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate201.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403Headers = validate203;
const schema81 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeFormResponse403Headers"};

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate203.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate203.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate203.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate203.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate203.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate203.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate203.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate203.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate203.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate203.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate203.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403ApplicationJson = validate204;
const schema82 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse403ApplicationJson"};

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate204.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403TextHtml = validate206;
const schema83 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse403TextHtml"};

function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate206.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate206.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse413Headers = validate207;
const schema84 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeFormResponse413Headers"};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate207.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate207.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate207.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse413ApplicationJson = validate208;
const schema85 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse413ApplicationJson"};

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate208.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500Headers = validate210;
const schema86 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeFormResponse500Headers"};

function validate210(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate210.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate210.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate210.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500ApplicationJson = validate211;
const schema87 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse500ApplicationJson"};

function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate211.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500TextHtml = validate213;
const schema88 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse500TextHtml"};

function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate213.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate213.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse503Headers = validate214;
const schema89 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:authorizeFormResponse503Headers"};

function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate214.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate214.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate214.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate214.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate214.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate214.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse503ApplicationJson = validate215;
const schema90 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse503ApplicationJson"};

function validate215(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate215.errors = vErrors;
return errors === 0;
}

export const tokenBody = validate217;
const schema91 = {"$ref":"urn:oauth2-contract:schema:TokenRequest","$id":"urn:oauth2-contract:tokenBody"};

function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenBody" */;
let vErrors = null;
let errors = 0;
if(!(validate129(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
validate217.errors = vErrors;
return errors === 0;
}

export const tokenResponse200Headers = validate219;
const schema92 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control"],"$id":"urn:oauth2-contract:tokenResponse200Headers"};

function validate219(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate219.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate219.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate219.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data1 = data.pragma;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate219.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data1){
validate219.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate219.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate219.errors = vErrors;
return errors === 0;
}

export const tokenResponse200ApplicationJson = validate220;
const schema93 = {"$ref":"urn:oauth2-contract:schema:TokenResponse","$id":"urn:oauth2-contract:tokenResponse200ApplicationJson"};

function validate220(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate135(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
errors = vErrors.length;
}
validate220.errors = vErrors;
return errors === 0;
}

export const tokenResponse400Headers = validate222;
const schema94 = {"type":"object","properties":{"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:tokenResponse400Headers"};

function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
const _errs1 = errors;
if(typeof data["cache-control"] !== "string"){
validate222.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs3 = errors;
if(typeof data.pragma !== "string"){
validate222.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate222.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate222.errors = vErrors;
return errors === 0;
}

export const tokenResponse400ApplicationJson = validate223;
const schema95 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse400ApplicationJson"};

function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate223.errors = vErrors;
return errors === 0;
}

export const tokenResponse401Headers = validate225;
const schema96 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Basic realm=\"[^\"]*\"$"},"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:tokenResponse401Headers"};
const pattern37 = new RegExp("^Basic realm=\"[^\"]*\"$", "u");

function validate225(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate225.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
validate225.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Basic realm=\"[^\"]*\"$"},message:"must match pattern \""+"^Basic realm=\"[^\"]*\"$"+"\""}];
return false;
}
}
else {
validate225.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate225.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs5 = errors;
if(typeof data.pragma !== "string"){
validate225.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate225.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate225.errors = vErrors;
return errors === 0;
}

export const tokenResponse401ApplicationJson = validate226;
const schema97 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse401ApplicationJson"};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate226.errors = vErrors;
return errors === 0;
}

export const tokenResponse413Headers = validate228;
const schema98 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:tokenResponse413Headers"};

function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate228.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate228.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate228.errors = vErrors;
return errors === 0;
}

export const tokenResponse413ApplicationJson = validate229;
const schema99 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse413ApplicationJson"};

function validate229(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate229.errors = vErrors;
return errors === 0;
}

export const tokenResponse500Headers = validate231;
const schema100 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:tokenResponse500Headers"};

function validate231(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate231.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate231.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate231.errors = vErrors;
return errors === 0;
}

export const tokenResponse500ApplicationJson = validate232;
const schema101 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse500ApplicationJson"};

function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate232.errors = vErrors;
return errors === 0;
}

export const tokenResponse503Headers = validate234;
const schema102 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:tokenResponse503Headers"};

function validate234(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate234.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate234.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate234.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate234.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate234.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate234.errors = vErrors;
return errors === 0;
}

export const tokenResponse503ApplicationJson = validate235;
const schema103 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse503ApplicationJson"};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate235.errors = vErrors;
return errors === 0;
}

export const getMeQuery = validate237;
const schema104 = {"type":"object","properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"}},"required":[],"$id":"urn:oauth2-contract:getMeQuery"};

function validate237(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.access_token !== undefined){
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
validate237.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate237.errors = vErrors;
return errors === 0;
}

export const getMeResponse200Headers = validate239;
const schema105 = {"type":"object","properties":{"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:getMeResponse200Headers"};

function validate239(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs1 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate239.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate239.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate239.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate239.errors = vErrors;
return errors === 0;
}

export const getMeResponse200ApplicationJson = validate240;
const schema106 = {"$ref":"urn:oauth2-contract:schema:MeResponse","$id":"urn:oauth2-contract:getMeResponse200ApplicationJson"};

function validate240(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
validate240.errors = vErrors;
return errors === 0;
}

export const getMeResponse400Headers = validate242;
const schema107 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse400Headers"};

function validate242(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate242.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate242.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate242.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate242.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate242.errors = vErrors;
return errors === 0;
}

export const getMeResponse400ApplicationJson = validate243;
const schema108 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse400ApplicationJson"};

function validate243(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate243.errors = vErrors;
return errors === 0;
}

export const getMeResponse401Headers = validate245;
const schema109 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse401Headers"};

function validate245(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate245.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate245.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate245.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate245.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate245.errors = vErrors;
return errors === 0;
}

export const getMeResponse401ApplicationJson = validate246;
const schema110 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse401ApplicationJson"};

function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate246.errors = vErrors;
return errors === 0;
}

export const getMeResponse403Headers = validate248;
const schema111 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse403Headers"};

function validate248(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate248.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate248.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate248.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate248.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs5 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate248.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate248.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate248.errors = vErrors;
return errors === 0;
}

export const getMeResponse403ApplicationJson = validate249;
const schema112 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse403ApplicationJson"};

function validate249(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate249.errors = vErrors;
return errors === 0;
}

export const getMeResponse500Headers = validate251;
const schema113 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:getMeResponse500Headers"};

function validate251(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate251.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate251.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate251.errors = vErrors;
return errors === 0;
}

export const getMeResponse500ApplicationJson = validate252;
const schema114 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse500ApplicationJson"};

function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate252.errors = vErrors;
return errors === 0;
}

export const getMeResponse503Headers = validate254;
const schema115 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:getMeResponse503Headers"};

function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate254.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate254.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate254.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate254.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate254.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate254.errors = vErrors;
return errors === 0;
}

export const getMeResponse503ApplicationJson = validate255;
const schema116 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse503ApplicationJson"};

function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate255.errors = vErrors;
return errors === 0;
}

export const postMeBody = validate257;
const schema117 = {"$ref":"urn:oauth2-contract:schema:BearerFormBody","$id":"urn:oauth2-contract:postMeBody"};

function validate257(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeBody" */;
let vErrors = null;
let errors = 0;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
validate257.errors = vErrors;
return errors === 0;
}

export const postMeResponse200Headers = validate259;
const schema118 = {"type":"object","properties":{"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse200Headers"};

function validate259(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs1 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate259.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate259.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate259.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate259.errors = vErrors;
return errors === 0;
}

export const postMeResponse200ApplicationJson = validate260;
const schema119 = {"$ref":"urn:oauth2-contract:schema:MeResponse","$id":"urn:oauth2-contract:postMeResponse200ApplicationJson"};

function validate260(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
validate260.errors = vErrors;
return errors === 0;
}

export const postMeResponse400Headers = validate262;
const schema120 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse400Headers"};

function validate262(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate262.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate262.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate262.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate262.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate262.errors = vErrors;
return errors === 0;
}

export const postMeResponse400ApplicationJson = validate263;
const schema121 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse400ApplicationJson"};

function validate263(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate263.errors = vErrors;
return errors === 0;
}

export const postMeResponse401Headers = validate265;
const schema122 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse401Headers"};

function validate265(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate265.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate265.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate265.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate265.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate265.errors = vErrors;
return errors === 0;
}

export const postMeResponse401ApplicationJson = validate266;
const schema123 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse401ApplicationJson"};

function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate266.errors = vErrors;
return errors === 0;
}

export const postMeResponse403Headers = validate268;
const schema124 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse403Headers"};

function validate268(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate268.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern26.test(data0)){
validate268.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate268.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate268.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs5 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate268.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate268.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate268.errors = vErrors;
return errors === 0;
}

export const postMeResponse403ApplicationJson = validate269;
const schema125 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse403ApplicationJson"};

function validate269(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate269.errors = vErrors;
return errors === 0;
}

export const postMeResponse413Headers = validate271;
const schema126 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse413Headers"};

function validate271(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate271.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate271.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate271.errors = vErrors;
return errors === 0;
}

export const postMeResponse413ApplicationJson = validate272;
const schema127 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse413ApplicationJson"};

function validate272(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate272.errors = vErrors;
return errors === 0;
}

export const postMeResponse500Headers = validate274;
const schema128 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse500Headers"};

function validate274(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate274.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate274.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate274.errors = vErrors;
return errors === 0;
}

export const postMeResponse500ApplicationJson = validate275;
const schema129 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse500ApplicationJson"};

function validate275(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate275.errors = vErrors;
return errors === 0;
}

export const postMeResponse503Headers = validate277;
const schema130 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:postMeResponse503Headers"};

function validate277(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate277.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate277.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate277.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate277.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate277.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate277.errors = vErrors;
return errors === 0;
}

export const postMeResponse503ApplicationJson = validate278;
const schema131 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse503ApplicationJson"};

function validate278(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate278.errors = vErrors;
return errors === 0;
}

export const revokeBody = validate280;
const schema132 = {"$ref":"urn:oauth2-contract:schema:RevocationRequest","$id":"urn:oauth2-contract:revokeBody"};

function validate280(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeBody" */;
let vErrors = null;
let errors = 0;
if(!(validate125(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
validate280.errors = vErrors;
return errors === 0;
}

export const revokeResponse200Headers = validate282;
const schema133 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse200Headers"};

function validate282(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate282.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate282.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate282.errors = vErrors;
return errors === 0;
}

export const revokeResponse400Headers = validate283;
const schema134 = {"type":"object","properties":{"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse400Headers"};

function validate283(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
const _errs1 = errors;
if(typeof data["cache-control"] !== "string"){
validate283.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs3 = errors;
if(typeof data.pragma !== "string"){
validate283.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate283.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate283.errors = vErrors;
return errors === 0;
}

export const revokeResponse400ApplicationJson = validate284;
const schema135 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse400ApplicationJson"};

function validate284(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate284.errors = vErrors;
return errors === 0;
}

export const revokeResponse401Headers = validate286;
const schema136 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Basic realm=\"[^\"]*\"$"},"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:revokeResponse401Headers"};

function validate286(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate286.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
validate286.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Basic realm=\"[^\"]*\"$"},message:"must match pattern \""+"^Basic realm=\"[^\"]*\"$"+"\""}];
return false;
}
}
else {
validate286.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate286.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs5 = errors;
if(typeof data.pragma !== "string"){
validate286.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate286.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate286.errors = vErrors;
return errors === 0;
}

export const revokeResponse401ApplicationJson = validate287;
const schema137 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse401ApplicationJson"};

function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate287.errors = vErrors;
return errors === 0;
}

export const revokeResponse413Headers = validate289;
const schema138 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse413Headers"};

function validate289(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate289.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate289.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate289.errors = vErrors;
return errors === 0;
}

export const revokeResponse413ApplicationJson = validate290;
const schema139 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse413ApplicationJson"};

function validate290(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate290.errors = vErrors;
return errors === 0;
}

export const revokeResponse500Headers = validate292;
const schema140 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse500Headers"};

function validate292(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate292.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate292.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate292.errors = vErrors;
return errors === 0;
}

export const revokeResponse500ApplicationJson = validate293;
const schema141 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse500ApplicationJson"};

function validate293(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate293.errors = vErrors;
return errors === 0;
}

export const revokeResponse503Headers = validate295;
const schema142 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:revokeResponse503Headers"};

function validate295(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate295.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate295.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate295.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate295.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate295.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate295.errors = vErrors;
return errors === 0;
}

export const revokeResponse503ApplicationJson = validate296;
const schema143 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse503ApplicationJson"};

function validate296(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate296.errors = vErrors;
return errors === 0;
}

export const introspectBody = validate298;
const schema144 = {"$ref":"urn:oauth2-contract:schema:IntrospectionRequest","$id":"urn:oauth2-contract:introspectBody"};

function validate298(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectBody" */;
let vErrors = null;
let errors = 0;
if(!(validate89(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
validate298.errors = vErrors;
return errors === 0;
}

export const introspectResponse200Headers = validate300;
const schema145 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse200Headers"};

function validate300(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate300.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate300.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate300.errors = vErrors;
return errors === 0;
}

export const introspectResponse200ApplicationJson = validate301;
const schema146 = {"$ref":"urn:oauth2-contract:schema:IntrospectionResponse","$id":"urn:oauth2-contract:introspectResponse200ApplicationJson"};

function validate301(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
validate301.errors = vErrors;
return errors === 0;
}

export const introspectResponse400Headers = validate303;
const schema147 = {"type":"object","properties":{"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse400Headers"};

function validate303(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
const _errs1 = errors;
if(typeof data["cache-control"] !== "string"){
validate303.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs3 = errors;
if(typeof data.pragma !== "string"){
validate303.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate303.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate303.errors = vErrors;
return errors === 0;
}

export const introspectResponse400ApplicationJson = validate304;
const schema148 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse400ApplicationJson"};

function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate304.errors = vErrors;
return errors === 0;
}

export const introspectResponse401Headers = validate306;
const schema149 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Basic realm=\"[^\"]*\"$"},"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:introspectResponse401Headers"};

function validate306(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate306.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
validate306.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Basic realm=\"[^\"]*\"$"},message:"must match pattern \""+"^Basic realm=\"[^\"]*\"$"+"\""}];
return false;
}
}
else {
validate306.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate306.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs5 = errors;
if(typeof data.pragma !== "string"){
validate306.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate306.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate306.errors = vErrors;
return errors === 0;
}

export const introspectResponse401ApplicationJson = validate307;
const schema150 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse401ApplicationJson"};

function validate307(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate307.errors = vErrors;
return errors === 0;
}

export const introspectResponse413Headers = validate309;
const schema151 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse413Headers"};

function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate309.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate309.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate309.errors = vErrors;
return errors === 0;
}

export const introspectResponse413ApplicationJson = validate310;
const schema152 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse413ApplicationJson"};

function validate310(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate310.errors = vErrors;
return errors === 0;
}

export const introspectResponse500Headers = validate312;
const schema153 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse500Headers"};

function validate312(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate312.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate312.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate312.errors = vErrors;
return errors === 0;
}

export const introspectResponse500ApplicationJson = validate313;
const schema154 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse500ApplicationJson"};

function validate313(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate313.errors = vErrors;
return errors === 0;
}

export const introspectResponse503Headers = validate315;
const schema155 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:introspectResponse503Headers"};

function validate315(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate315.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate315.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate315.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate315.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate315.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate315.errors = vErrors;
return errors === 0;
}

export const introspectResponse503ApplicationJson = validate316;
const schema156 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse503ApplicationJson"};

function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate316.errors = vErrors;
return errors === 0;
}

export const loginBody = validate318;
const schema157 = {"$ref":"urn:oauth2-contract:schema:LoginForm","$id":"urn:oauth2-contract:loginBody"};

function validate318(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginBody" */;
let vErrors = null;
let errors = 0;
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
validate318.errors = vErrors;
return errors === 0;
}

export const loginResponse200Headers = validate320;
const schema158 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:loginResponse200Headers"};

function validate320(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate320.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate320.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate320.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate320.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate320.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate320.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate320.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate320.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate320.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate320.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate320.errors = vErrors;
return errors === 0;
}

export const loginResponse200TextHtml = validate321;
const schema159 = {"type":"string","$id":"urn:oauth2-contract:loginResponse200TextHtml"};

function validate321(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate321.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate321.errors = vErrors;
return errors === 0;
}

export const loginResponse303Headers = validate322;
const schema160 = {"type":"object","properties":{"location":{"type":"string","pattern":"^/authorize\\?"},"set-cookie":{"type":"string"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","location","set-cookie"],"$id":"urn:oauth2-contract:loginResponse303Headers"};

function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.location === undefined) && (missing0 = "location"))) || ((data["set-cookie"] === undefined) && (missing0 = "set-cookie"))){
validate322.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
validate322.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^/authorize\\?"},message:"must match pattern \""+"^/authorize\\?"+"\""}];
return false;
}
}
else {
validate322.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["set-cookie"] !== undefined){
const _errs3 = errors;
if(typeof data["set-cookie"] !== "string"){
validate322.errors = [{instancePath:instancePath+"/set-cookie",schemaPath:"#/properties/set-cookie/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data2 = data["cache-control"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
validate322.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate322.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate322.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate322.errors = vErrors;
return errors === 0;
}

export const loginResponse403Headers = validate323;
const schema161 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:loginResponse403Headers"};

function validate323(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate323.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate323.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate323.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate323.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate323.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate323.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate323.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate323.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate323.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate323.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate323.errors = vErrors;
return errors === 0;
}

export const loginResponse403ApplicationJson = validate324;
const schema162 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:loginResponse403ApplicationJson"};

function validate324(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate324.errors = vErrors;
return errors === 0;
}

export const loginResponse403TextHtml = validate326;
const schema163 = {"type":"string","$id":"urn:oauth2-contract:loginResponse403TextHtml"};

function validate326(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate326.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate326.errors = vErrors;
return errors === 0;
}

export const loginResponse413Headers = validate327;
const schema164 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:loginResponse413Headers"};

function validate327(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate327.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate327.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate327.errors = vErrors;
return errors === 0;
}

export const loginResponse413ApplicationJson = validate328;
const schema165 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:loginResponse413ApplicationJson"};

function validate328(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate328.errors = vErrors;
return errors === 0;
}

export const demoCallbackQuery = validate330;
const schema166 = {"type":"object","properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"error":{"type":"string","maxLength":64}},"required":[],"$id":"urn:oauth2-contract:demoCallbackQuery"};

function validate330(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data1 = data.error;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(func2(data1) > 64){
validate330.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate330.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate330.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate330.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse200Headers = validate332;
const schema167 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:demoCallbackResponse200Headers"};

function validate332(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate332.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate332.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate332.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate332.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate332.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate332.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate332.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate332.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate332.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate332.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate332.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse200TextHtml = validate333;
const schema168 = {"type":"string","$id":"urn:oauth2-contract:demoCallbackResponse200TextHtml"};

function validate333(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate333.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate333.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse400Headers = validate334;
const schema169 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:demoCallbackResponse400Headers"};

function validate334(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate334.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate334.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse400TextHtml = validate335;
const schema170 = {"type":"string","$id":"urn:oauth2-contract:demoCallbackResponse400TextHtml"};

function validate335(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate335.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate335.errors = vErrors;
return errors === 0;
}

export const healthResponse200Headers = validate336;
const schema171 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:healthResponse200Headers"};

function validate336(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate336.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate336.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate336.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate336.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate336.errors = vErrors;
return errors === 0;
}

export const healthResponse200ApplicationJson = validate337;
const schema172 = {"$ref":"urn:oauth2-contract:schema:Health","$id":"urn:oauth2-contract:healthResponse200ApplicationJson"};

function validate337(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate84(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
validate337.errors = vErrors;
return errors === 0;
}

export const healthResponse503Headers = validate339;
const schema173 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:healthResponse503Headers"};

function validate339(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate339.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
validate339.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate339.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate339.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate339.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate339.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate339.errors = vErrors;
return errors === 0;
}

export const healthResponse503ApplicationJson = validate340;
const schema174 = {"$ref":"urn:oauth2-contract:schema:Health","$id":"urn:oauth2-contract:healthResponse503ApplicationJson"};

function validate340(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate84(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
validate340.errors = vErrors;
return errors === 0;
}

export const openapiResponse200Headers = validate342;
const schema175 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:openapiResponse200Headers"};

function validate342(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate342.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate342.errors = vErrors;
return errors === 0;
}

export const openapiResponse200ApplicationJson = validate343;
const schema176 = {"type":"object","$id":"urn:oauth2-contract:openapiResponse200ApplicationJson"};

function validate343(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate343.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
validate343.errors = vErrors;
return errors === 0;
}

export const openapiResponse404Headers = validate344;
const schema177 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:openapiResponse404Headers"};

function validate344(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate344.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate344.errors = vErrors;
return errors === 0;
}

export const openapiResponse404TextPlain = validate345;
const schema178 = {"type":"string","$id":"urn:oauth2-contract:openapiResponse404TextPlain"};

function validate345(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate345.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate345.errors = vErrors;
return errors === 0;
}

export const docsResponse200Headers = validate346;
const schema179 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:docsResponse200Headers"};

function validate346(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate346.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate346.errors = vErrors;
return errors === 0;
}

export const docsResponse200TextHtml = validate347;
const schema180 = {"type":"string","$id":"urn:oauth2-contract:docsResponse200TextHtml"};

function validate347(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate347.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate347.errors = vErrors;
return errors === 0;
}

export const docsResponse404Headers = validate348;
const schema181 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:docsResponse404Headers"};

function validate348(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate348.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate348.errors = vErrors;
return errors === 0;
}

export const docsResponse404TextPlain = validate349;
const schema182 = {"type":"string","$id":"urn:oauth2-contract:docsResponse404TextPlain"};

function validate349(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate349.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate349.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse200Headers = validate350;
const schema183 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:protectedResourceMetadataResponse200Headers"};

function validate350(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate350.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate350.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse200ApplicationJson = validate351;
const schema184 = {"$ref":"urn:oauth2-contract:schema:ProtectedResourceMetadata","$id":"urn:oauth2-contract:protectedResourceMetadataResponse200ApplicationJson"};

function validate351(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate117(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
validate351.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse404Headers = validate353;
const schema185 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:protectedResourceMetadataResponse404Headers"};

function validate353(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate353.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate353.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse404TextPlain = validate354;
const schema186 = {"type":"string","$id":"urn:oauth2-contract:protectedResourceMetadataResponse404TextPlain"};

function validate354(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate354.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate354.errors = vErrors;
return errors === 0;
}

export const metadataResponse200Headers = validate355;
const schema187 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:metadataResponse200Headers"};

function validate355(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate355.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate355.errors = vErrors;
return errors === 0;
}

export const metadataResponse200ApplicationJson = validate356;
const schema188 = {"$ref":"urn:oauth2-contract:schema:AuthorizationServerMetadata","$id":"urn:oauth2-contract:metadataResponse200ApplicationJson"};

function validate356(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
validate356.errors = vErrors;
return errors === 0;
}

export const metadataResponse404Headers = validate358;
const schema189 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:metadataResponse404Headers"};

function validate358(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate358.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate358.errors = vErrors;
return errors === 0;
}

export const metadataResponse404TextPlain = validate359;
const schema190 = {"type":"string","$id":"urn:oauth2-contract:metadataResponse404TextPlain"};

function validate359(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate359.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate359.errors = vErrors;
return errors === 0;
}

export const metadataResponse500Headers = validate360;
const schema191 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:metadataResponse500Headers"};

function validate360(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate360.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate360.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate360.errors = vErrors;
return errors === 0;
}

export const metadataResponse500ApplicationJson = validate361;
const schema192 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:metadataResponse500ApplicationJson"};

function validate361(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate361.errors = vErrors;
return errors === 0;
}

export const operations = {
  authorize: {
    method: "GET",
    path: "/authorize",
    responses: {
      "200": {
        headers: authorizeResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": authorizeResponse200TextHtml,
        },
        emptyBody: false,
      },
      "302": {
        headers: authorizeResponse302Headers,
        headerNames: ["cache-control", "location"],
        requiredHeaders: ["location"],
        content: {},
        emptyBody: true,
        redirect: {
          success: authorizeResponse302RedirectSuccess,
          error: authorizeResponse302RedirectError,
          implicit: authorizeResponse302RedirectImplicit,
        },
      },
      "400": {
        headers: authorizeResponse400Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeResponse400ApplicationJson,
          "text/html": authorizeResponse400TextHtml,
        },
        emptyBody: false,
      },
      "401": {
        headers: authorizeResponse401Headers,
        headerNames: ["cache-control", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": authorizeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "500": {
        headers: authorizeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeResponse500ApplicationJson,
          "text/html": authorizeResponse500TextHtml,
        },
        emptyBody: false,
      },
      "503": {
        headers: authorizeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": authorizeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: authorizeQuery,
      meta: {
        keys: ["client_id", "code_challenge", "code_challenge_method", "redirect_uri", "resource", "response_type", "scope", "state"],
        arrays: ["resource"],
        errorCodes: {
          resource: "invalid_target",
          scope: "invalid_scope",
        },
      },
    },
  },
  authorizeForm: {
    method: "POST",
    path: "/authorize",
    responses: {
      "200": {
        headers: authorizeFormResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": authorizeFormResponse200TextHtml,
        },
        emptyBody: false,
      },
      "303": {
        headers: authorizeFormResponse303Headers,
        headerNames: ["cache-control", "location"],
        requiredHeaders: ["location"],
        content: {},
        emptyBody: true,
        redirect: {
          success: authorizeFormResponse303RedirectSuccess,
          error: authorizeFormResponse303RedirectError,
          implicit: authorizeFormResponse303RedirectImplicit,
        },
      },
      "400": {
        headers: authorizeFormResponse400Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeFormResponse400ApplicationJson,
          "text/html": authorizeFormResponse400TextHtml,
        },
        emptyBody: false,
      },
      "401": {
        headers: authorizeFormResponse401Headers,
        headerNames: ["cache-control", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": authorizeFormResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "403": {
        headers: authorizeFormResponse403Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "application/json": authorizeFormResponse403ApplicationJson,
          "text/html": authorizeFormResponse403TextHtml,
        },
        emptyBody: false,
      },
      "413": {
        headers: authorizeFormResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeFormResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: authorizeFormResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeFormResponse500ApplicationJson,
          "text/html": authorizeFormResponse500TextHtml,
        },
        emptyBody: false,
      },
      "503": {
        headers: authorizeFormResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": authorizeFormResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: authorizeFormBody,
      meta: {
        keys: ["allowed", "client_id", "code_challenge", "code_challenge_method", "csrf_token", "redirect_uri", "resource", "response_type", "scope", "state"],
        arrays: ["resource"],
        errorCodes: {
          resource: "invalid_target",
          scope: "invalid_scope",
        },
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  token: {
    method: "POST",
    path: "/token",
    responses: {
      "200": {
        headers: tokenResponse200Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": tokenResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: tokenResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: [],
        content: {
          "application/json": tokenResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: tokenResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": tokenResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: tokenResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": tokenResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: tokenResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": tokenResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: tokenResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": tokenResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: tokenBody,
      meta: {
        keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "password", "redirect_uri", "refresh_token", "resource", "scope", "username"],
        arrays: ["resource"],
        errorCodes: {
          resource: "invalid_target",
          scope: "invalid_scope",
        },
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  getMe: {
    method: "GET",
    path: "/me",
    responses: {
      "200": {
        headers: getMeResponse200Headers,
        headerNames: ["x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: [],
        content: {
          "application/json": getMeResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: getMeResponse400Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": getMeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: getMeResponse401Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": getMeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "403": {
        headers: getMeResponse403Headers,
        headerNames: ["www-authenticate", "x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": getMeResponse403ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: getMeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": getMeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: getMeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": getMeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: getMeQuery,
      meta: {
        keys: ["access_token"],
        arrays: [],
        errorCodes: {},
      },
    },
  },
  postMe: {
    method: "POST",
    path: "/me",
    responses: {
      "200": {
        headers: postMeResponse200Headers,
        headerNames: ["x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: [],
        content: {
          "application/json": postMeResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: postMeResponse400Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": postMeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: postMeResponse401Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": postMeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "403": {
        headers: postMeResponse403Headers,
        headerNames: ["www-authenticate", "x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": postMeResponse403ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: postMeResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": postMeResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: postMeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": postMeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: postMeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": postMeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: postMeBody,
      meta: {
        keys: ["access_token"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  revoke: {
    method: "POST",
    path: "/revoke",
    responses: {
      "200": {
        headers: revokeResponse200Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {},
        emptyBody: true,
      },
      "400": {
        headers: revokeResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: [],
        content: {
          "application/json": revokeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: revokeResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": revokeResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: revokeResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": revokeResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: revokeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": revokeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: revokeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": revokeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: revokeBody,
      meta: {
        keys: ["client_id", "client_secret", "token", "token_type_hint"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  introspect: {
    method: "POST",
    path: "/introspect",
    responses: {
      "200": {
        headers: introspectResponse200Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: introspectResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: introspectResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": introspectResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: introspectResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: introspectResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: introspectResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": introspectResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: introspectBody,
      meta: {
        keys: ["client_id", "client_secret", "token", "token_type_hint"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  login: {
    method: "POST",
    path: "/login",
    responses: {
      "200": {
        headers: loginResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": loginResponse200TextHtml,
        },
        emptyBody: false,
      },
      "303": {
        headers: loginResponse303Headers,
        headerNames: ["cache-control", "location", "set-cookie"],
        requiredHeaders: ["cache-control", "location", "set-cookie"],
        content: {},
        emptyBody: true,
      },
      "403": {
        headers: loginResponse403Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "application/json": loginResponse403ApplicationJson,
          "text/html": loginResponse403TextHtml,
        },
        emptyBody: false,
      },
      "413": {
        headers: loginResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": loginResponse413ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: loginBody,
      meta: {
        keys: ["csrf_token", "password", "return_to", "username"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  demoCallback: {
    method: "GET",
    path: "/callback",
    responses: {
      "200": {
        headers: demoCallbackResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": demoCallbackResponse200TextHtml,
        },
        emptyBody: false,
      },
      "400": {
        headers: demoCallbackResponse400Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/html": demoCallbackResponse400TextHtml,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: demoCallbackQuery,
      meta: {
        keys: ["code", "error"],
        arrays: [],
        errorCodes: {},
      },
    },
  },
  health: {
    method: "GET",
    path: "/health",
    responses: {
      "200": {
        headers: healthResponse200Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": healthResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: healthResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": healthResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
  },
  openapi: {
    method: "GET",
    path: "/openapi.json",
    responses: {
      "200": {
        headers: openapiResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "application/json": openapiResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "404": {
        headers: openapiResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": openapiResponse404TextPlain,
        },
        emptyBody: false,
      },
    },
  },
  docs: {
    method: "GET",
    path: "/docs",
    responses: {
      "200": {
        headers: docsResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/html": docsResponse200TextHtml,
        },
        emptyBody: false,
      },
      "404": {
        headers: docsResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": docsResponse404TextPlain,
        },
        emptyBody: false,
      },
    },
  },
  protectedResourceMetadata: {
    method: "GET",
    path: "/.well-known/oauth-protected-resource/me",
    responses: {
      "200": {
        headers: protectedResourceMetadataResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "application/json": protectedResourceMetadataResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "404": {
        headers: protectedResourceMetadataResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": protectedResourceMetadataResponse404TextPlain,
        },
        emptyBody: false,
      },
    },
  },
  metadata: {
    method: "GET",
    path: "/.well-known/oauth-authorization-server",
    responses: {
      "200": {
        headers: metadataResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "application/json": metadataResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "404": {
        headers: metadataResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": metadataResponse404TextPlain,
        },
        emptyBody: false,
      },
      "500": {
        headers: metadataResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": metadataResponse500ApplicationJson,
        },
        emptyBody: false,
      },
    },
  },
};

export const schemas = {
  AccessToken: {
    validator: schemaAccessToken,
  },
  AllowedDecision: {
    validator: schemaAllowedDecision,
  },
  AuthorizationCode: {
    validator: schemaAuthorizationCode,
  },
  AuthorizationCodeTokenRequest: {
    validator: schemaAuthorizationCodeTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "redirect_uri", "resource"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
      },
    },
  },
  AuthorizationErrorRedirect: {
    validator: schemaAuthorizationErrorRedirect,
    meta: {
      keys: ["error", "error_description", "error_uri", "iss", "state"],
      arrays: [],
      errorCodes: {},
    },
  },
  AuthorizationRequest: {
    validator: schemaAuthorizationRequest,
    meta: {
      keys: ["allowed", "client_id", "code_challenge", "code_challenge_method", "csrf_token", "redirect_uri", "resource", "response_type", "scope", "state"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  AuthorizationServerMetadata: {
    validator: schemaAuthorizationServerMetadata,
    meta: {
      keys: ["authorization_endpoint", "authorization_response_iss_parameter_supported", "code_challenge_methods_supported", "grant_types_supported", "introspection_endpoint", "introspection_endpoint_auth_methods_supported", "issuer", "response_modes_supported", "response_types_supported", "revocation_endpoint", "revocation_endpoint_auth_methods_supported", "scopes_supported", "service_documentation", "token_endpoint", "token_endpoint_auth_methods_supported"],
      arrays: ["code_challenge_methods_supported", "grant_types_supported", "introspection_endpoint_auth_methods_supported", "response_modes_supported", "response_types_supported", "revocation_endpoint_auth_methods_supported", "scopes_supported", "token_endpoint_auth_methods_supported"],
      errorCodes: {},
    },
  },
  AuthorizationSuccessRedirect: {
    validator: schemaAuthorizationSuccessRedirect,
    meta: {
      keys: ["code", "iss", "state"],
      arrays: [],
      errorCodes: {},
    },
  },
  BearerFormBody: {
    validator: schemaBearerFormBody,
    meta: {
      keys: ["access_token"],
      arrays: [],
      errorCodes: {},
    },
  },
  ClientCredentialsInBody: {
    validator: schemaClientCredentialsInBody,
    meta: {
      keys: ["client_id", "client_secret"],
      arrays: [],
      errorCodes: {},
    },
  },
  ClientCredentialsTokenRequest: {
    validator: schemaClientCredentialsTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "resource", "scope"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  ClientId: {
    validator: schemaClientId,
  },
  ClientSecret: {
    validator: schemaClientSecret,
  },
  CodeChallenge: {
    validator: schemaCodeChallenge,
  },
  CodeChallengeMethod: {
    validator: schemaCodeChallengeMethod,
  },
  CodeVerifier: {
    validator: schemaCodeVerifier,
  },
  CsrfToken: {
    validator: schemaCsrfToken,
  },
  ErrorCode: {
    validator: schemaErrorCode,
  },
  ErrorDescription: {
    validator: schemaErrorDescription,
  },
  ErrorUri: {
    validator: schemaErrorUri,
  },
  ExtensionGrantTokenRequest: {
    validator: schemaExtensionGrantTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "scope"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  ExtensionGrantType: {
    validator: schemaExtensionGrantType,
  },
  Health: {
    validator: schemaHealth,
    meta: {
      keys: ["status"],
      arrays: [],
      errorCodes: {},
    },
  },
  ImplicitSuccessRedirect: {
    validator: schemaImplicitSuccessRedirect,
    meta: {
      keys: ["access_token", "expires_in", "scope", "state", "token_type"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  IntrospectionRequest: {
    validator: schemaIntrospectionRequest,
    meta: {
      keys: ["client_id", "client_secret", "token", "token_type_hint"],
      arrays: [],
      errorCodes: {},
    },
  },
  IntrospectionResponse: {
    validator: schemaIntrospectionResponse,
    meta: {
      keys: ["active", "aud", "client_id", "exp", "iat", "iss", "jti", "nbf", "scope", "sub", "token_type", "username"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  Issuer: {
    validator: schemaIssuer,
  },
  LoginForm: {
    validator: schemaLoginForm,
    meta: {
      keys: ["csrf_token", "password", "return_to", "username"],
      arrays: [],
      errorCodes: {},
    },
  },
  MeResponse: {
    validator: schemaMeResponse,
    meta: {
      keys: ["client_id", "scope", "sub", "username"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  OAuthError: {
    validator: schemaOAuthError,
    meta: {
      keys: ["error", "error_description", "error_uri"],
      arrays: [],
      errorCodes: {},
    },
  },
  Password: {
    validator: schemaPassword,
  },
  PasswordTokenRequest: {
    validator: schemaPasswordTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "password", "resource", "scope", "username"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  ProtectedResourceMetadata: {
    validator: schemaProtectedResourceMetadata,
    meta: {
      keys: ["authorization_servers", "bearer_methods_supported", "resource", "resource_documentation", "resource_name", "scopes_supported"],
      arrays: ["authorization_servers", "bearer_methods_supported", "scopes_supported"],
      errorCodes: {},
    },
  },
  RedirectUri: {
    validator: schemaRedirectUri,
  },
  RefreshToken: {
    validator: schemaRefreshToken,
  },
  RefreshTokenRequest: {
    validator: schemaRefreshTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "refresh_token", "resource", "scope"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  Resource: {
    validator: schemaResource,
  },
  Resources: {
    validator: schemaResources,
  },
  ResponseType: {
    validator: schemaResponseType,
  },
  RevocationRequest: {
    validator: schemaRevocationRequest,
    meta: {
      keys: ["client_id", "client_secret", "token", "token_type_hint"],
      arrays: [],
      errorCodes: {},
    },
  },
  Scope: {
    validator: schemaScope,
  },
  State: {
    validator: schemaState,
  },
  TokenRequest: {
    validator: schemaTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "password", "redirect_uri", "refresh_token", "resource", "scope", "username"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  TokenResponse: {
    validator: schemaTokenResponse,
    meta: {
      keys: ["access_token", "expires_in", "refresh_token", "scope", "token_type"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  TokenTypeHint: {
    validator: schemaTokenTypeHint,
  },
  Username: {
    validator: schemaUsername,
  },
};
